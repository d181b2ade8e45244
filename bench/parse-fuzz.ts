/**
 * Robustness of `parseArticle` on damaged pages: every page the parse benchmark reads, cut at random points
 * (head kept, tail kept, a slice from the middle, garbage spliced in) and its text dump cut the same way,
 * with a fixed seed. Prints each call that throws anything but ArticleParseError and each that takes longer
 * than --slow-ms (default 1000; a pattern that backtracks exponentially shows up here), then a summary line.
 * Options: --seed N (default 1), --rounds N (cuts per page, default 3). Exits 1 when a call crashed.
 */
import { parseArticle, ArticleParseError } from '@newswire/extraction';
import { loadBodyCollections } from './lib/body-corpora';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
let seed = option('--seed', 1);
const rounds = option('--rounds', 3);
const slowMs = option('--slow-ms', 1000);

/** A small linear congruential generator: the same cuts on every machine for one seed. */
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const GARBAGE = '\u0000\uFFFF<<</div></p><p>\uD800<script>{"a":"';

/** The damaged versions of one document: its head, its tail, a middle slice and a splice of garbage. */
function cuts(doc: string): string[] {
  const a = Math.floor(random() * doc.length);
  const b = Math.floor(random() * doc.length);
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return [doc.slice(0, a), doc.slice(a), doc.slice(lo, hi), doc.slice(0, lo) + GARBAGE + doc.slice(lo)];
}

let calls = 0;
let crashes = 0;
let slow = 0;
let worstMs = 0;
function attempt(id: string, input: { html?: string; text?: string; url?: string }): void {
  calls++;
  const started = performance.now();
  try {
    parseArticle(input);
  } catch (err) {
    if (!(err instanceof ArticleParseError)) {
      crashes++;
      console.log(`crash  ${id}: ${(err as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
    }
  }
  const ms = performance.now() - started;
  worstMs = Math.max(worstMs, ms);
  if (ms > slowMs) {
    slow++;
    console.log(`slow   ${id}: ${ms.toFixed(0)} ms for ${(input.html ?? input.text ?? '').length} characters`);
  }
}

const started = performance.now();
for (const page of [...loadBodyCollections().values()].flat()) {
  for (let r = 0; r < rounds; r++) {
    for (const html of cuts(page.html)) attempt(`${page.id} (html)`, { html, url: page.url });
    if (page.text) for (const text of cuts(page.text)) attempt(`${page.id} (text)`, { text, url: page.url });
  }
}
console.log(
  `${calls} damaged documents, seed ${option('--seed', 1)}: ${crashes} crashed, ${slow} over ${slowMs} ms (slowest ${worstMs.toFixed(0)} ms), ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(crashes ? 1 : 0);
