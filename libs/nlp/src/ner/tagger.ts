import * as features from './features';
import { DocContext } from './features';
import { ChainScorer, CompactChain, JointTable, decodeDocument } from './linear-chain';
import { TokenInfo } from './token-info';
import { NUM_CHAIN_LABELS } from './labels';

const C = NUM_CHAIN_LABELS;
// Locals: cheaper than imported bindings in the per-token loop under every loader.
const { MAX_FEATURES, baseFeatures, documentTypes, stage2Features, contextFeatures, wordFeatures, padFeatures } = features;
const NUM_ROLES = features.NUM_ROLES;

/** Scratch buffers reused across calls (single-threaded), grown on demand. */
class Scratch {
  feats = new Uint32Array(MAX_FEATURES);
  /** first-pass features of every token, cached for the second pass */
  base = new Uint32Array(1024 * 48);
  baseEnd = new Int32Array(1025);
  scores = new Float32Array(1024 * C);
  back = new Uint8Array(1024 * C);
  delta = new Float32Array(C);
  ensure(count: number): void {
    if (this.scores.length < count * C) {
      this.scores = new Float32Array(count * C * 2);
      this.back = new Uint8Array(count * C * 2);
      this.baseEnd = new Int32Array(count * 2 + 1);
    }
  }
  /** After a huge document, give the memory back rather than keep it for the process's lifetime. */
  shrink(): void {
    if (this.base.length > 1 << 22) {
      this.base = new Uint32Array(1024 * 48);
      this.scores = new Float32Array(1024 * C);
      this.back = new Uint8Array(1024 * C);
      this.baseEnd = new Int32Array(1025);
    }
  }
  ensureBase(need: number): void {
    if (this.base.length < need) {
      const b = new Uint32Array(need * 2);
      b.set(this.base);
      this.base = b;
    }
  }
}
const scratch = new Scratch();

function decodeAll(chain: ChainScorer, ctx: DocContext, scores: Float32Array, out: Uint8Array): void {
  decodeDocument(chain, scores, ctx.sentenceOf, ctx.count, out, scratch.back, scratch.delta);
}

const WORD_FIELDS = 13; // word, lower, shape, prefix x4, suffix x4, case class, length
// 16,384 words x 2 passes x 5 roles x 17 labels x 4 bytes: 11 MB, the room 32,768 words took with BIO's 9
// labels (kept so, the entity-extract service's peak RSS stays under 200 MB; see libs/nlp/README.md).
const CACHE_ENTRIES = 1 << 14;
const CACHE_SLOTS = CACHE_ENTRIES * 2;

/**
 * Per distinct word (across documents, for one model): the integer weight sums of its word-level
 * features (see wordFeatures) in each role and stage, so a token's scoring looks up only its few
 * context features. Entries are keyed by the word hash and verified on every descriptor the
 * word-level features read, so a hash collision can never reuse another word's sums.
 */
class WordScoreCache {
  readonly stages: number;
  private readonly slots = new Int32Array(CACHE_SLOTS);
  private readonly fields = new Uint32Array(CACHE_ENTRIES * WORD_FIELDS);
  readonly vec: Int32Array;
  readonly pad: Int32Array;
  private size = 0;
  /** Entries [0, pinned) survive the flush of a full cache (the commonest words, see pin). */
  private pinned = 0;
  private readonly tmp = new Uint32Array(64);
  /** both passes' weights in one table (two-pass models) */
  readonly joint: JointTable | undefined;

  constructor(
    readonly stage1: CompactChain,
    readonly stage2: CompactChain | undefined,
  ) {
    this.stages = stage2 ? 2 : 1;
    this.joint = stage2 ? new JointTable(stage1, stage2) : undefined;
    this.vec = new Int32Array(CACHE_ENTRIES * this.stages * NUM_ROLES * C);
    this.pad = new Int32Array(this.stages * NUM_ROLES * C);
    for (let st = 0; st < this.stages; st++) {
      for (let r = 1; r < NUM_ROLES; r++) {
        const n = padFeatures(r, this.tmp, 0);
        this.sumInt(st, this.tmp, n, this.pad, (st * NUM_ROLES + r) * C);
      }
    }
  }

  /** Integer weight sums of tmp[0..n) in one pass, through the joint table when there is one (the chains then build no tables of their own). */
  private sumInt(st: number, feats: Uint32Array, n: number, acc: Int32Array, accBase: number): void {
    if (this.joint) this.joint.sumInt(st, feats, 0, n, acc, accBase);
    else (st === 0 ? this.stage1 : (this.stage2 as CompactChain)).sumInt(feats, 0, n, acc, accBase);
  }

  /** Makes room for a document of `count` tokens; false when it could not fit at all. */
  reserve(count: number): boolean {
    if (count > CACHE_ENTRIES - this.pinned) return false;
    if (this.size + count > CACHE_ENTRIES) this.flush();
    return true;
  }

  /** Empties the cache but for its pinned entries, whose sums stay where they are. */
  private flush(): void {
    this.slots.fill(0);
    this.size = this.pinned;
    for (let e = 0; e < this.pinned; e++) this.slots[this.freeSlot(this.fields[e * WORD_FIELDS])] = e + 1;
  }

  /**
   * Keeps the entries computed so far (up to half the cache) through every later flush: a full
   * cache is emptied at once, and without this the commonest words ("the", "said") were computed
   * again after each flush, while they are most of any article's tokens.
   */
  pin(): void {
    this.pinned = Math.min(this.size, CACHE_ENTRIES >> 1);
    if (this.pinned < this.size) this.flush();
  }

  private freeSlot(h: number): number {
    let s = h & (CACHE_SLOTS - 1);
    while (this.slots[s] !== 0) s = (s + 1) & (CACHE_SLOTS - 1);
    return s;
  }

  /** Entry index of token k's word (computed on first sight). */
  resolve(info: TokenInfo, k: number): number {
    const h = info.word[k];
    const F = this.fields;
    const slots = this.slots;
    let s = h & (CACHE_SLOTS - 1);
    for (;;) {
      const e1 = slots[s];
      if (e1 === 0) break;
      const o = (e1 - 1) * WORD_FIELDS;
      if (
        F[o] === h &&
        F[o + 1] === info.lower[k] &&
        F[o + 2] === info.shape[k] &&
        F[o + 3] === info.prefix[4 * k] &&
        F[o + 4] === info.prefix[4 * k + 1] &&
        F[o + 5] === info.prefix[4 * k + 2] &&
        F[o + 6] === info.prefix[4 * k + 3] &&
        F[o + 7] === info.suffix[4 * k] &&
        F[o + 8] === info.suffix[4 * k + 1] &&
        F[o + 9] === info.suffix[4 * k + 2] &&
        F[o + 10] === info.suffix[4 * k + 3] &&
        F[o + 11] === info.caseClass[k] &&
        F[o + 12] === info.length[k]
      )
        return e1 - 1;
      s = (s + 1) & (CACHE_SLOTS - 1);
    }
    const e = this.size++;
    slots[s] = e + 1;
    const o = e * WORD_FIELDS;
    F[o] = h;
    F[o + 1] = info.lower[k];
    F[o + 2] = info.shape[k];
    for (let q = 0; q < 4; q++) {
      F[o + 3 + q] = info.prefix[4 * k + q];
      F[o + 7 + q] = info.suffix[4 * k + q];
    }
    F[o + 11] = info.caseClass[k];
    F[o + 12] = info.length[k];
    for (let st = 0; st < this.stages; st++) {
      for (let r = 0; r < NUM_ROLES; r++) {
        const n = wordFeatures(info, k, r, this.tmp, 0);
        this.sumInt(st, this.tmp, n, this.vec, ((e * this.stages + st) * NUM_ROLES + r) * C);
      }
    }
    return e;
  }
}

let cache: WordScoreCache | undefined;
let entScratch = new Int32Array(1024);
const init = new Int32Array(C);
const init2 = new Int32Array(C);

/** wordSums for both stages at once: stage 1 into init, stage 2 into init2. */
function wordSums2(wc: WordScoreCache, ent: Int32Array, ctx: DocContext, i: number): void {
  const vec = wc.vec;
  const pad = wc.pad;
  const sm = ctx.sentenceOf;
  const count = ctx.count;
  const sent = sm[i];
  const R = NUM_ROLES * C;
  const S = 2 * R; // one entry: stage 1 roles, then stage 2 roles
  const own = ent[i] * S;
  const m1 = i > 0 && sm[i - 1] === sent ? ent[i - 1] * S + C : -1;
  const m2 = i > 1 && sm[i - 2] === sent ? ent[i - 2] * S + 2 * C : -1;
  const p1 = i + 1 < count && sm[i + 1] === sent ? ent[i + 1] * S + 3 * C : -1;
  const p2 = i + 2 < count && sm[i + 2] === sent ? ent[i + 2] * S + 4 * C : -1;
  for (let st = 0; st < 2; st++) {
    const d = st * R;
    const dst = st === 0 ? init : init2;
    for (let c = 0; c < C; c++) {
      dst[c] =
        vec[own + d + c] +
        (m1 >= 0 ? vec[m1 + d + c] : pad[d + C + c]) +
        (m2 >= 0 ? vec[m2 + d + c] : pad[d + 2 * C + c]) +
        (p1 >= 0 ? vec[p1 + d + c] : pad[d + 3 * C + c]) +
        (p2 >= 0 ? vec[p2 + d + c] : pad[d + 4 * C + c]);
    }
  }
}

/** Sum of the cached word-level weights of token i's own word and its neighbours, for one stage. */
function wordSums(wc: WordScoreCache, ent: Int32Array, ctx: DocContext, i: number, st: number): void {
  const vec = wc.vec;
  const pad = wc.pad;
  const stages = wc.stages;
  const sm = ctx.sentenceOf;
  const count = ctx.count;
  const sent = sm[i];
  const R = NUM_ROLES * C;
  const own = (ent[i] * stages + st) * NUM_ROLES * C;
  const m1 = i > 0 && sm[i - 1] === sent ? (ent[i - 1] * stages + st) * R + 1 * C : -1;
  const m2 = i > 1 && sm[i - 2] === sent ? (ent[i - 2] * stages + st) * R + 2 * C : -1;
  const p1 = i + 1 < count && sm[i + 1] === sent ? (ent[i + 1] * stages + st) * R + 3 * C : -1;
  const p2 = i + 2 < count && sm[i + 2] === sent ? (ent[i + 2] * stages + st) * R + 4 * C : -1;
  const pb = st * R;
  for (let c = 0; c < C; c++) {
    init[c] =
      vec[own + c] +
      (m1 >= 0 ? vec[m1 + c] : pad[pb + C + c]) +
      (m2 >= 0 ? vec[m2 + c] : pad[pb + 2 * C + c]) +
      (p1 >= 0 ? vec[p1 + c] : pad[pb + 3 * C + c]) +
      (p2 >= 0 ? vec[p2 + c] : pad[pb + 4 * C + c]);
  }
}

let sums2Scratch = new Int32Array(1024 * C);

/**
 * Two-pass tagging with the joint table: each token's context features are looked up once for both
 * passes; the second pass adds the word-level sums and looks up only its own few features.
 */
function tagJoint(wc: WordScoreCache, joint: JointTable, ctx: DocContext): Uint8Array {
  const count = ctx.count;
  const stage1 = wc.stage1;
  const stage2 = wc.stage2 as CompactChain;
  if (entScratch.length < count) entScratch = new Int32Array(count * 2);
  if (sums2Scratch.length < count * C) sums2Scratch = new Int32Array(count * C * 2);
  const ent = entScratch;
  const sums2 = sums2Scratch;
  for (let k = 0; k < count; k++) ent[k] = wc.resolve(ctx.info, k);
  const first = new Uint8Array(count);
  scratch.ensure(count);
  const scores = scratch.scores;
  const feats = scratch.feats;
  for (let i = 0; i < count; i++) {
    const end = contextFeatures(ctx, i, feats, 0);
    wordSums2(wc, ent, ctx, i);
    joint.score(feats, 0, end, init, init2, scores, sums2, i * C);
  }
  return jointSecondPass(joint, stage1, stage2, ctx, sums2, first);
}

/** tagTwoStage for compact chains: word-level feature weights come from the per-word cache. */
function tagCached(wc: WordScoreCache, ctx: DocContext): Uint8Array {
  const count = ctx.count;
  const stage1 = wc.stage1;
  const stage2 = wc.stage2;
  if (entScratch.length < count) entScratch = new Int32Array(count * 2);
  const ent = entScratch;
  for (let k = 0; k < count; k++) ent[k] = wc.resolve(ctx.info, k);
  const first = new Uint8Array(count);
  scratch.ensure(count);
  const { scores, baseEnd } = scratch;
  let pos = 0;
  baseEnd[0] = 0;
  for (let i = 0; i < count; i++) {
    scratch.ensureBase(pos + MAX_FEATURES);
    const end = contextFeatures(ctx, i, scratch.base, pos);
    wordSums(wc, ent, ctx, i, 0);
    stage1.scoreFrom(scratch.base, pos, end, scores, i * C, init, 0);
    pos = end;
    baseEnd[i + 1] = end;
  }
  decodeAll(stage1, ctx, scores, first);
  if (!stage2) {
    scratch.shrink();
    return first;
  }
  const doc = documentTypes(ctx, first);
  const feats = scratch.feats;
  const base = scratch.base;
  for (let i = 0; i < count; i++) {
    let n = 0;
    for (let q = baseEnd[i]; q < baseEnd[i + 1]; q++) feats[n++] = base[q];
    n = stage2Features(ctx, i, feats, n, first, doc);
    wordSums(wc, ent, ctx, i, 1);
    stage2.scoreFrom(feats, 0, n, scores, i * C, init, 0);
  }
  const out = new Uint8Array(count);
  decodeAll(stage2, ctx, scores, out);
  scratch.shrink();
  return out;
}

const ZERO_SUMS = new Int32Array(C);

/**
 * tagTwoStage through the joint table without the word cache (a document longer than the cache):
 * every first-pass feature is looked up once for both passes, as in tagJoint, so the chains still
 * need no tables of their own. Integer sums, so the scores equal the chains' own.
 */
function tagJointDirect(joint: JointTable, stage1: CompactChain, stage2: CompactChain, ctx: DocContext): Uint8Array {
  const count = ctx.count;
  if (sums2Scratch.length < count * C) sums2Scratch = new Int32Array(count * C * 2);
  const sums2 = sums2Scratch;
  const first = new Uint8Array(count);
  scratch.ensure(count);
  const scores = scratch.scores;
  const feats = scratch.feats;
  for (let i = 0; i < count; i++) {
    const n = baseFeatures(ctx, i, feats, 0);
    joint.score(feats, 0, n, ZERO_SUMS, ZERO_SUMS, scores, sums2, i * C);
  }
  return jointSecondPass(joint, stage1, stage2, ctx, sums2, first);
}

/**
 * After a joint first pass (scores and the second pass's sums in scratch): decode the first pass, add
 * each token's second-pass features to its sums, and decode the second pass.
 */
function jointSecondPass(joint: JointTable, stage1: ChainScorer, stage2: ChainScorer, ctx: DocContext, sums2: Int32Array, first: Uint8Array): Uint8Array {
  const count = ctx.count;
  const scores = scratch.scores;
  const feats = scratch.feats;
  decodeAll(stage1, ctx, scores, first);
  const doc = documentTypes(ctx, first);
  for (let i = 0; i < count; i++) {
    const n = stage2Features(ctx, i, feats, 0, first, doc);
    joint.scoreSecondFrom(feats, 0, n, scores, i * C, sums2, i * C);
  }
  const out = new Uint8Array(count);
  decodeAll(stage2, ctx, scores, out);
  scratch.shrink();
  return out;
}

/** Keeps the word scores computed so far (the warm-up's common words) in the cache for good. */
export function pinWordScores(): void {
  cache?.pin();
}

/** Builds the per-model lookup structures (joint table, word cache) now rather than on the first document. */
export function prepareTagger(stage1: ChainScorer, stage2: ChainScorer | undefined): void {
  if (stage1 instanceof CompactChain && (stage2 === undefined || stage2 instanceof CompactChain)) {
    if (!cache || cache.stage1 !== stage1 || cache.stage2 !== stage2) cache = new WordScoreCache(stage1, stage2);
  }
}

/**
 * Two passes: the second sees the first pass's labels across the whole document (non-local features).
 * The first pass's features are kept and reused by the second, which only adds its own few.
 */
export function tagTwoStage(stage1: ChainScorer, stage2: ChainScorer | undefined, ctx: DocContext): Uint8Array {
  if (stage1 instanceof CompactChain && (stage2 === undefined || stage2 instanceof CompactChain)) {
    if (!cache || cache.stage1 !== stage1 || cache.stage2 !== stage2) cache = new WordScoreCache(stage1, stage2);
    if (cache.reserve(ctx.count)) return cache.joint ? tagJoint(cache, cache.joint, ctx) : tagCached(cache, ctx);
    if (cache.joint) return tagJointDirect(cache.joint, stage1, stage2 as CompactChain, ctx);
  }
  return tagDirect(stage1, stage2, ctx);
}

/** tagTwoStage with each chain's own lookups, no cache and no joint table (training, and the reference the fast paths must equal). */
export function tagDirect(stage1: ChainScorer, stage2: ChainScorer | undefined, ctx: DocContext): Uint8Array {
  const count = ctx.count;
  const first = new Uint8Array(count);
  scratch.ensure(count);
  const { scores, baseEnd } = scratch;
  let pos = 0;
  baseEnd[0] = 0;
  for (let i = 0; i < count; i++) {
    scratch.ensureBase(pos + MAX_FEATURES);
    const end = baseFeatures(ctx, i, scratch.base, pos);
    stage1.score(scratch.base, pos, end, scores, i * C);
    pos = end;
    baseEnd[i + 1] = end;
  }
  decodeAll(stage1, ctx, scores, first);
  if (!stage2) {
    scratch.shrink();
    return first;
  }

  const doc = documentTypes(ctx, first);
  const feats = scratch.feats;
  const base = scratch.base;
  for (let i = 0; i < count; i++) {
    let n = 0;
    for (let q = baseEnd[i]; q < baseEnd[i + 1]; q++) feats[n++] = base[q];
    n = stage2Features(ctx, i, feats, n, first, doc);
    stage2.score(feats, 0, n, scores, i * C);
  }
  const out = new Uint8Array(count);
  decodeAll(stage2, ctx, scores, out);
  scratch.shrink();
  return out;
}
