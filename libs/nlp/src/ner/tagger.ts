import * as features from './features';
import { DocContext } from './features';
import { ChainScorer } from './linear-chain';
import { NUM_LABELS } from './labels';

const C = NUM_LABELS;
// Locals: cheaper than imported bindings in the per-token loop under every loader.
const { MAX_FEATURES, baseFeatures, documentTypes, stage2Features } = features;

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
  const count = ctx.count;
  let s = 0;
  for (let k = 1; k <= count; k++) {
    if (k === count || ctx.sentenceOf[k] !== ctx.sentenceOf[s]) {
      chain.decode(scores, s, k, out, scratch.back, scratch.delta);
      s = k;
    }
  }
}

/**
 * Two passes: the second sees the first pass's labels across the whole document (non-local features).
 * The first pass's features are kept and reused by the second, which only adds its own few.
 */
export function tagTwoStage(stage1: ChainScorer, stage2: ChainScorer | undefined, ctx: DocContext): Uint8Array {
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
