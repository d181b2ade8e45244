// Word type priors (Guo et al. 2014's distributional prototypes, read as nearest neighbours): for every
// word of the word-class vocabulary, the entity types that its nearest words in embedding space carry
// when they are capitalised in the labelled training data. The word's own labels are left out, so a
// word seen in training gets its prior the way an unseen one does, and the model learns how far to
// trust it; "Pfizer" leans ORG from other drug makers' labels, "Petofi" PER from other surnames'.
//
// Neighbours: the 20 nearest (cosine over build-word-classes.ts's prepared rows) among the words seen
// capitalised in CoNLL train; the prior mixes the type shares (O, PER, ORG, LOC, MISC) of the first 10
// of them that carry labels, weighted by similarity. Coded in 4 bits (priorCode): 0 = none, else
// 1 + 3 × the leading type + its strength (share < 0.55, < 0.8, above). Training appends the code to
// the word-class paths after the k-means clusters (setting `typePriors`, word-classes.ts).
//
// Writes libs/nlp/training/tables/word-type-priors.tsv.gz (`word<TAB>code`, the word-class table's order) from
// train + dev labels, as the shipped model trains on both. `--variants DIR` also writes DIR/train.tsv.gz
// (train labels only: the train-only model whose dev figures are quoted) and DIR/without-block-N.tsv.gz
// (train without cross-validation block N, for `cross-validate.ts --type-priors-dir DIR`: a block's
// own labels must not reach its priors). Float32 dot products in a fixed order: the same bytes each run.
//
// Usage (the embeddings are installed as build-word-classes.ts does; ~9 min of CPU, split over
// `--jobs N` processes):
//   NODE_OPTIONS=--max-old-space-size=6000 npx tsx libs/nlp/training/build-word-type-priors.ts [--jobs 2] [--variants DIR]
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { BASE_WORDS, classWords, loadEmbeddings, numberArg, preparedRows, REMOVED_DIRECTIONS, VOCABULARY_WORDS } from './build-word-classes';
import { ConllDoc, readConll } from './conll';
import { foldBlock } from './cv-blocks';
import { NER_TYPES, NerType, typeCode } from '../src/ner/labels';

export const WORD_TYPE_PRIORS_PATH = path.resolve(__dirname, 'tables', 'word-type-priors.tsv.gz');
/** O and the four types, indexed by their codes (labels.ts: 0 for O, typeCode for a type). */
const TYPES = ['O', ...NER_TYPES];
const CANDIDATES = 20;
const NEIGHBOURS = 10;
/** The cross-validation blocks (cross-validate.ts's default) that `--variants` builds tables without. */
export const CV_BLOCKS = 5;

/** 4-bit code of a type-share mix: 0 when nothing was mixed, else 1 + 3 × leading type + strength. */
export function priorCode(share: ArrayLike<number>, total: number): number {
  if (total <= 0) return 0;
  let top = 0;
  for (let t = 1; t < share.length; t++) if (share[t] > share[top]) top = t;
  const f = share[top] / total;
  return 1 + 3 * top + (f >= 0.8 ? 2 : f >= 0.55 ? 1 : 0);
}

/**
 * Each word's code from its candidate neighbours (reference indices and similarities, CANDIDATES per
 * word, nearest first; -1 = none): the first NEIGHBOURS with labels, each type share weighted by similarity.
 */
export function priorCodes(words: number, refs: ArrayLike<number>, idx: Int32Array, sim: Float32Array, counts: Map<number, Float64Array>): Uint8Array {
  const codes = new Uint8Array(words);
  const share = new Float64Array(TYPES.length);
  for (let i = 0; i < words; i++) {
    share.fill(0);
    let used = 0;
    let total = 0;
    for (let p = i * CANDIDATES; p < (i + 1) * CANDIDATES && used < NEIGHBOURS; p++) {
      if (idx[p] < 0 || sim[p] <= 0) break;
      const c = counts.get(refs[idx[p]]);
      if (!c) continue;
      const n = c.reduce((a, b) => a + b, 0);
      for (let t = 0; t < TYPES.length; t++) share[t] += (sim[p] * c[t]) / n;
      total += sim[p];
      used++;
    }
    codes[i] = priorCode(share, total);
  }
  return codes;
}

/** For each capitalised token of the documents that is a vocabulary word: its row and type index. */
function capitalisedTokens(docs: ConllDoc[], row: Map<string, number>, visit: (i: number, type: number) => void): void {
  for (const doc of docs)
    doc.tokens.forEach((sent, k) =>
      sent.forEach((tok, j) => {
        const i = /^\p{Lu}/u.test(tok) ? row.get(tok.toLowerCase()) : undefined;
        const tag = doc.tags[k][j];
        if (i !== undefined) visit(i, tag === 'O' ? 0 : typeCode(tag.slice(2) as NerType));
      }),
    );
}

/** Capitalised occurrences per word row and type in the documents. */
export function typeCounts(docs: ConllDoc[], row: Map<string, number>): Map<number, Float64Array> {
  const counts = new Map<number, Float64Array>();
  capitalisedTokens(docs, row, (i, type) => {
    let c = counts.get(i);
    if (!c) counts.set(i, (c = new Float64Array(TYPES.length)));
    c[type]++;
  });
  return counts;
}

interface Vocabulary {
  words: string[];
  row: Map<string, number>;
  x: Float32Array;
  d: number;
  /** rows of the reference words (seen capitalised in train), ascending */
  refs: number[];
}

function vocabulary(train: ConllDoc[]): Vocabulary {
  const emb = loadEmbeddings();
  const words = classWords(emb, VOCABULARY_WORDS);
  const x = Float32Array.from(preparedRows(emb, words, REMOVED_DIRECTIONS, BASE_WORDS));
  const row = new Map(words.map((w, i) => [w, i]));
  const seen = new Set<number>();
  capitalisedTokens(train, row, (i) => seen.add(i));
  return { words, row, x, d: emb.dimensions, refs: [...seen].sort((a, b) => a - b) };
}

/** The CANDIDATES nearest reference words of words lo..hi-1 by cosine, nearest first, the word itself left out. */
function nearest(v: Vocabulary, lo: number, hi: number): { idx: Int32Array; sim: Float32Array } {
  const { x, d, refs } = v;
  const ref = new Float32Array(refs.length * d);
  refs.forEach((i, r) => ref.set(x.subarray(i * d, (i + 1) * d), r * d));
  const idx = new Int32Array((hi - lo) * CANDIDATES).fill(-1);
  const sim = new Float32Array((hi - lo) * CANDIDATES).fill(-2);
  for (let i = lo; i < hi; i++) {
    const first = (i - lo) * CANDIDATES;
    const last = first + CANDIDATES - 1;
    const o = i * d;
    for (let r = 0; r < refs.length; r++) {
      if (refs[r] === i) continue;
      const ro = r * d;
      let s = 0;
      for (let q = 0; q < d; q++) s += x[o + q] * ref[ro + q];
      if (s <= sim[last]) continue;
      let p = last;
      for (; p > first && sim[p - 1] < s; p--) {
        sim[p] = sim[p - 1];
        idx[p] = idx[p - 1];
      }
      sim[p] = s;
      idx[p] = r;
    }
  }
  return { idx, sim };
}

const partRange = (k: number, parts: number, n: number) => ({ lo: Math.floor((k * n) / parts), hi: Math.floor(((k + 1) * n) / parts) });

/** Runs `--part k/jobs` of this script in `jobs` child processes and reads their neighbours back. */
async function nearestInParts(v: Vocabulary, jobs: number): Promise<{ idx: Int32Array; sim: Float32Array }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'word-type-priors-'));
  const children = Array.from(
    { length: jobs },
    (_, k) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, [...process.execArgv, __filename, '--part', `${k}/${jobs}`, '--dir', dir], { stdio: 'inherit' });
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`part ${k} exited ${code}`))));
      }),
  );
  await Promise.all(children);
  const n = v.words.length;
  const idx = new Int32Array(n * CANDIDATES);
  const sim = new Float32Array(n * CANDIDATES);
  for (let k = 0; k < jobs; k++) {
    const { lo, hi } = partRange(k, jobs, n);
    const buf = fs.readFileSync(path.join(dir, `part-${k}.bin`));
    const len = (hi - lo) * CANDIDATES;
    idx.set(new Int32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + len * 4)), lo * CANDIDATES);
    sim.set(new Float32Array(buf.buffer.slice(buf.byteOffset + len * 4, buf.byteOffset + len * 8)), lo * CANDIDATES);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { idx, sim };
}

function writeTable(words: string[], codes: Uint8Array, file: string, log: (m: string) => void): void {
  const text = words.map((w, i) => `${w}\t${codes[i]}\n`).join('');
  fs.writeFileSync(file, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  const byType = TYPES.map((t, k) => `${t} ${codes.filter((c) => c > 0 && Math.floor((c - 1) / 3) === k).length}`);
  log(`wrote ${file} (${byType.join(', ')})`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const t0 = Date.now();
  const log = (m: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const train = readConll('train');
  const v = vocabulary(train);
  const n = v.words.length;
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const part = option('--part');
  if (part) {
    const [k, parts] = part.split('/').map(Number);
    const { lo, hi } = partRange(k, parts, n);
    const { idx, sim } = nearest(v, lo, hi);
    fs.writeFileSync(path.join(option('--dir')!, `part-${k}.bin`), Buffer.concat([Buffer.from(idx.buffer), Buffer.from(sim.buffer)]));
    log(`part ${k}: words ${lo}-${hi - 1}`);
    return;
  }
  log(`${n} words, ${v.refs.length} reference words seen capitalised in train`);
  const jobs = numberArg(args, '--jobs', 1);
  const { idx, sim } = jobs > 1 ? await nearestInParts(v, jobs) : nearest(v, 0, n);
  log('neighbours found');
  const codesFrom = (docs: ConllDoc[]) => priorCodes(n, v.refs, idx, sim, typeCounts(docs, v.row));
  writeTable(v.words, codesFrom([...train, ...readConll('dev')]), WORD_TYPE_PRIORS_PATH, log);
  const variants = option('--variants');
  if (!variants) return;
  fs.mkdirSync(variants, { recursive: true });
  writeTable(v.words, codesFrom(train), path.join(variants, 'train.tsv.gz'), log);
  for (let f = 0; f < CV_BLOCKS; f++) {
    const { lo, hi } = foldBlock(f, CV_BLOCKS, train.length);
    writeTable(v.words, codesFrom([...train.slice(0, lo), ...train.slice(hi)]), path.join(variants, `without-block-${f + 1}.tsv.gz`), log);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
