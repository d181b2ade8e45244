/**
 * CPU cost of `parseArticle` alone, in process: every page the parse benchmark reads (article-extraction
 * as HTML and as text dumps, the labelled metadata pages as raw bytes), one warm-up pass, then timed
 * passes; prints CPU milliseconds per pass by corpus (median and range, process.cpuUsage). Options:
 * --passes N (timed passes, default 5), --dump FILE (every result as one JSON line, with the candidates
 * the metadata choice saw on the labelled pages: compare two dumps byte for byte to check a speed
 * change alters no output), --src DIR (the extraction sources to load, default libs/extraction/src),
 * --against DIR (a second copy of the sources, e.g. the base commit's from `git archive`, loaded in the
 * same process: each page is parsed by both in turn, and the table shows both and their difference per
 * pass, so the drift of a shared machine's load falls on both alike).
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadExtractionCorpus } from './lib/corpora';
import { loadLabelledPages } from './lib/metadata-corpus';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const passes = Number(option('--passes') ?? 5);
const dumpFile = option('--dump');
const sources = [option('--src') ?? path.join(__dirname, '../libs/extraction/src'), option('--against')]
  .filter((s): s is string => s !== undefined)
  .map((s) => path.resolve(s));

interface Extraction {
  parseArticle: typeof import('../libs/extraction/src/parse-article').parseArticle;
  parseRecordingCandidates: typeof import('../libs/extraction/src/parse-article').parseRecordingCandidates;
  shippedMetadataModel: typeof import('../libs/extraction/src/metadata/shipped-model').shippedMetadataModel;
}
const extractions: Extraction[] = sources.map((dir) => ({
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ...(require(path.join(dir, 'parse-article')) as typeof import('../libs/extraction/src/parse-article')),
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ...(require(path.join(dir, 'metadata/shipped-model')) as typeof import('../libs/extraction/src/metadata/shipped-model')),
}));

type Input = Parameters<Extraction['parseArticle']>[0];
interface Page {
  id: string;
  input: Input;
  /** Also records the metadata candidates (what training learns from). */
  record: boolean;
}

const extractionPages = loadExtractionCorpus();
const corpora: Array<{ name: string; pages: Page[] }> = [
  { name: 'article-extraction HTML', pages: extractionPages.map((p) => ({ id: p.id, input: { html: p.html, url: p.url }, record: false })) },
  { name: 'article-extraction text', pages: extractionPages.map((p) => ({ id: `text/${p.id}`, input: { text: p.text, url: p.url }, record: false })) },
  {
    name: 'labelled pages (bytes)',
    pages: loadLabelledPages().map((p) => ({
      id: p.id,
      input: { bytes: p.bytes, contentType: 'text/html', url: /^https?:\/\//.test(p.label.url) ? p.label.url : undefined },
      record: true,
    })),
  },
];

function parseOne(extraction: Extraction, page: Page): unknown {
  try {
    if (!page.record) return extraction.parseArticle(page.input);
    const record = {};
    const article = extraction.parseRecordingCandidates(page.input, extraction.shippedMetadataModel(), record);
    return { article, record };
  } catch (e) {
    return { error: (e as { code?: string }).code ?? String(e), message: (e as Error).message };
  }
}

if (dumpFile) {
  const out = fs.openSync(dumpFile, 'w');
  for (const { pages } of corpora) for (const p of pages) fs.writeSync(out, JSON.stringify({ id: p.id, result: parseOne(extractions[0], p) }) + '\n');
  fs.closeSync(out);
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// times[source][corpus][pass]
const times = extractions.map(() => corpora.map(() => [] as number[]));
// With two sources, each page is parsed by both in turn (which goes first alternates page by page), so a
// change in the machine's load between the two readings of one page is seconds, not minutes.
for (let pass = -1; pass < passes; pass++) {
  corpora.forEach(({ pages }, i) => {
    const sums = extractions.map(() => 0);
    pages.forEach((p, j) => {
      for (let n = 0; n < extractions.length; n++) {
        const k = (n + j + pass + 1) % extractions.length;
        const start = process.cpuUsage();
        parseOne(extractions[k], p);
        sums[k] += cpuMs(start);
      }
    });
    if (pass >= 0) sums.forEach((ms, k) => times[k][i].push(ms));
  });
}

const totalsOf = (t: number[][]) => t[0].map((_, pass) => t.reduce((sum, c) => sum + c[pass], 0));
const range = (t: number[]) => `${Math.min(...t).toFixed(0)}-${Math.max(...t).toFixed(0)}`;
const allPages = corpora.reduce((n, c) => n + c.pages.length, 0);
const names = ['corpus', ...corpora.map((c) => c.name), 'all'];
const pageCounts = [...corpora.map((c) => c.pages.length), allPages];
const perSource = times.map((t) => [...t, totalsOf(t)]);
console.log(`parse CPU (process.cpuUsage), ${passes} passes after a warm-up${sources.length > 1 ? ', the two sources alternating page by page' : ''}`);
sources.forEach((s, k) => console.log(`  ${'AB'[k]}: ${path.relative(process.cwd(), s) || '.'}`));
const header = ['pages', ...perSource.flatMap((_, k) => (sources.length > 1 ? [`${'AB'[k]} ms/pass`, `${'AB'[k]} range`] : ['ms/pass', 'range', 'ms/page']))];
if (sources.length > 1) header.push('A-B median (range)');
console.log(`\n| ${names[0].padEnd(26)} | ${header.join(' | ')} |`);
console.log(`|${'-'.repeat(28)}|${header.map((h) => '-'.repeat(h.length + 2)).join('|')}|`);
names.slice(1).forEach((name, i) => {
  const cells = [String(pageCounts[i]).padStart(5)];
  perSource.forEach((t) => {
    cells.push(
      median(t[i])
        .toFixed(0)
        .padStart(sources.length > 1 ? 9 : 7),
      range(t[i]).padStart(sources.length > 1 ? 9 : 5),
    );
    if (sources.length === 1) cells.push((median(t[i]) / pageCounts[i]).toFixed(2).padStart(7));
  });
  if (sources.length > 1) {
    const d = perSource[1][i].map((b, pass) => perSource[0][i][pass] - b);
    cells.push(`${median(d).toFixed(0)} (${range(d)})`.padStart(18));
  }
  console.log(`| ${name.padEnd(26)} | ${cells.join(' | ')} |`);
});
