import { DocContext, MAX_FEATURES, documentTypes, extractFeatures } from './features';
import { LinearChain } from './linear-chain';
import { NUM_LABELS } from './labels';

const C = NUM_LABELS;

/** Scratch buffers reused across calls (single-threaded), grown on demand. */
class Scratch {
  feats = new Uint32Array(MAX_FEATURES);
  scores = new Float32Array(1024 * C);
  back = new Uint8Array(1024 * C);
  delta = new Float32Array(C);
  ensure(count: number): void {
    if (this.scores.length < count * C) {
      this.scores = new Float32Array(count * C * 2);
      this.back = new Uint8Array(count * C * 2);
    }
  }
}
const scratch = new Scratch();

/** Labels every token of the document: score tokens, then Viterbi sentence by sentence. */
export function tagDocument(
  chain: LinearChain,
  ctx: DocContext,
  stage1?: Uint8Array,
  docType?: Uint8Array,
  prevType?: Uint8Array,
): Uint8Array {
  const count = ctx.count;
  const out = new Uint8Array(count);
  scratch.ensure(count);
  const { feats, scores } = scratch;
  for (let i = 0; i < count; i++) {
    const n = extractFeatures(ctx, i, feats, stage1, docType, prevType);
    chain.score(feats, n, scores, i * C);
  }
  let s = 0;
  for (let k = 1; k <= count; k++) {
    if (k === count || ctx.sentenceOf[k] !== ctx.sentenceOf[s]) {
      chain.decode(scores, s, k, out, scratch.back, scratch.delta);
      s = k;
    }
  }
  return out;
}

/** Two passes: the second sees the first pass's labels across the whole document. */
export function tagTwoStage(stage1: LinearChain, stage2: LinearChain | undefined, ctx: DocContext): Uint8Array {
  const first = tagDocument(stage1, ctx);
  if (!stage2) return first;
  const { docType, prevType } = documentTypes(ctx, first);
  return tagDocument(stage2, ctx, first, docType, prevType);
}
