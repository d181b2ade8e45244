// Flat word clusters (Guo et al. 2014: k-means over word embeddings) beside the bisecting paths of
// build-word-classes.ts: the same words and the same prepared rows (centred, top two principal
// directions removed, unit length), clustered by spherical k-means for each k = 2^KMEANS_CLASS_BITS
// (now k = 256 and 64, seeds SEED and SEED + 1, so the k = 256 column is the one built alone before;
// k = 1024 was tried, see the README's seventh round): 10 Lloyd iterations on cosine similarity,
// centres seeded by distinct words drawn with a fixed seed (~3 min on an idle core, most of it the
// 307 MB JSON and the k = 256 passes). Writes
// libs/nlp/training/tables/word-kmeans.tsv.gz (`word<TAB>cluster for each k`, frequency order); training appends the clusters to the word-class paths (setting `flatClasses`).
// Float64 and a fixed order of sums: the same inputs give the same bytes.
//
// Usage (the 307 MB JSON needs a larger heap; the package is installed as build-word-classes.ts does):
//   NODE_OPTIONS=--max-old-space-size=8000 npx tsx libs/nlp/training/build-word-kmeans.ts [--words N] [--base B] [--out file]
// (--words: the N most frequent word tokens, default 350000, i.e. all 341k, as build-word-classes.ts
// takes them; --base B, default 200000: only the B most frequent are clustered, the rest join the
// nearest centre; give both scripts the same N and B)
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { seededRandom } from '../../../test/support/prng';
import { BASE_WORDS, classWords, loadEmbeddings, normaliseRow, numberArg, preparedRows, REMOVED_DIRECTIONS, VOCABULARY_WORDS } from './build-word-classes';
import { KMEANS_CLASS_BITS } from '../src/ner/word-classes';

export const WORD_KMEANS_PATH = path.resolve(__dirname, 'tables', 'word-kmeans.tsv.gz');
const SEED = 20140602;
const ITERATIONS = 10;

/** Spherical k-means of the unit rows of x: each row's cluster (0..k-1). */
export function sphericalKmeans(x: Float64Array, d: number, n: number, k: number, iterations: number, seed: number, log?: (m: string) => void): Int32Array {
  const rand = seededRandom(seed);
  const c = new Float64Array(k * d);
  const picked = new Set<number>();
  for (let j = 0; j < k; j++) {
    let r = Math.floor(rand() * n);
    while (picked.has(r)) r = Math.floor(rand() * n);
    picked.add(r);
    for (let q = 0; q < d; q++) c[j * d + q] = x[r * d + q];
  }
  const assign = new Int32Array(n).fill(-1);
  const size = new Int32Array(k);
  for (let it = 0; it < iterations; it++) {
    let changed = 0;
    for (let r = 0; r < n; r++) {
      const o = r * d;
      let best = 0;
      let bestScore = -Infinity;
      for (let j = 0; j < k; j++) {
        const cj = j * d;
        let s = 0;
        for (let q = 0; q < d; q++) s += x[o + q] * c[cj + q];
        if (s > bestScore) {
          bestScore = s;
          best = j;
        }
      }
      if (assign[r] !== best) changed++;
      assign[r] = best;
    }
    log?.(`k ${k} iteration ${it + 1}: ${changed} changed`);
    if (changed === 0) break;
    // New centres: normalised sums of the members; an empty cluster keeps its centre.
    const sum = new Float64Array(k * d);
    size.fill(0);
    for (let r = 0; r < n; r++) {
      const j = assign[r];
      size[j]++;
      for (let q = 0; q < d; q++) sum[j * d + q] += x[r * d + q];
    }
    for (let j = 0; j < k; j++) {
      if (size[j] === 0) continue;
      c.set(sum.subarray(j * d, (j + 1) * d), j * d);
      normaliseRow(c, j * d, d);
    }
  }
  return assign;
}

/** For rows base..count-1 of x (words left out of the clustering), the cluster whose centre is nearest by cosine. */
export function nearestClusters(x: Float64Array, d: number, base: number, count: number, k: number, assign: Int32Array): Int32Array {
  const c = new Float64Array(k * d);
  for (let r = 0; r < base; r++) for (let q = 0; q < d; q++) c[assign[r] * d + q] += x[r * d + q];
  for (let j = 0; j < k; j++) normaliseRow(c, j * d, d);
  const out = new Int32Array(count);
  out.set(assign.subarray(0, base));
  for (let r = base; r < count; r++) {
    let best = 0;
    let bestScore = -Infinity;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let q = 0; q < d; q++) s += x[r * d + q] * c[j * d + q];
      if (s > bestScore) {
        bestScore = s;
        best = j;
      }
    }
    out[r] = best;
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const t0 = Date.now();
  const log = (m: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
  const limit = numberArg(args, '--words', VOCABULARY_WORDS);
  const emb = loadEmbeddings();
  const words = classWords(emb, limit);
  // --base B: cluster the B most frequent words only; the others join the nearest centre (nearestClusters).
  const base = Math.min(numberArg(args, '--base', BASE_WORDS), words.length);
  const x = preparedRows(emb, words, REMOVED_DIRECTIONS, base);
  log(`${words.length} words (${base} clustered), ${emb.dimensions} dimensions`);
  const ks = KMEANS_CLASS_BITS.map((bits) => 1 << bits);
  const clusters = ks.map((k, j) =>
    nearestClusters(x, emb.dimensions, base, words.length, k, sphericalKmeans(x, emb.dimensions, base, k, ITERATIONS, SEED + j, log)),
  );
  const text = words.map((w, r) => `${w}\t${clusters.map((a) => a[r]).join('\t')}\n`).join('');
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  const k = args.indexOf('--out');
  const out = k >= 0 ? args[k + 1] : WORD_KMEANS_PATH;
  fs.writeFileSync(out, gz);
  log(`wrote ${out} (${(gz.length / 1e6).toFixed(2)} MB, k = ${ks.join(', ')})`);
}

if (require.main === module) main();
