// npm run bench:ner-memory — what the NER model costs a process in memory: RSS, V8 heap (used and
// reserved) and ArrayBuffers (where the model's tables live) before loading, after loadNerModel(), after the
// start-up warm-up and after tagging every CoNLL dev document (the word-score cache fills up),
// each after a full GC, plus the peak RSS. Run with --expose-gc (the npm script does) for settled
// figures. Under tsx the process starts ~50 MB heavier than a built service; the "model" column
// (growth since the start) is the comparable figure.
import { performance } from 'perf_hooks';
import { extractEntities, loadNerModel } from '../libs/nlp/src/extract';
import { warmUpEntityExtraction } from '../libs/nlp/src/warm-up';
import { docText, readConll } from './ner-conll';

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) console.warn('no --expose-gc: figures include garbage not yet collected');

const docs = readConll('dev').map(docText);
const rows: string[][] = [];
let startRss = 0;
function sample(step: string): void {
  gc?.();
  const m = process.memoryUsage();
  if (!startRss) startRss = m.rss;
  const f = (n: number): string => (n / MB).toFixed(1);
  rows.push([step, f(m.rss), f(m.rss - startRss), f(m.heapUsed), f(m.heapTotal), f(m.arrayBuffers), (process.resourceUsage().maxRSS / 1024).toFixed(1)]);
}

sample('start');
const t0 = performance.now();
loadNerModel();
const loadMs = performance.now() - t0;
sample('model loaded');
warmUpEntityExtraction();
sample('after warm-up');
for (const d of docs) extractEntities(d.text);
sample(`after ${docs.length} dev docs`);

const head = ['MB', 'RSS', 'model (RSS - start)', 'heapUsed', 'heapTotal', 'arrayBuffers', 'peak RSS'];
const width = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)));
for (const r of [head, ...rows]) console.log(r.map((c, k) => (k === 0 ? c.padEnd(width[k]) : c.padStart(width[k]))).join('  '));
console.log(`loadNerModel (model file, tables, word-score cache): ${loadMs.toFixed(0)} ms`);
