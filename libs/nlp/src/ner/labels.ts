import { ModelEntityType } from '../entity.types';

// BIO tag set over the four CoNLL types, the labels a tagging reads as (index 0 is O); the chains
// themselves score BILOU labels (below).
const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];
const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
const NUM_LABELS = LABELS.length;

const TYPE_TO_ENTITY: Record<NerType, ModelEntityType> = {
  PER: 'PERSON',
  ORG: 'ORGANIZATION',
  LOC: 'LOCATION',
  MISC: 'MISC',
};

/** 0 for O, else 1 + type index. */
export function labelType(label: number): number {
  return label === 0 ? 0 : ((label - 1) >> 1) + 1;
}
export function isBegin(label: number): boolean {
  return label > 0 && (label - 1) % 2 === 0;
}
/** A type's code, as labelType gives it (1 + its index). */
export function typeCode(type: NerType): number {
  return NER_TYPES.indexOf(type) + 1;
}
/** The B- label of a type code. */
export function beginLabel(type: number): number {
  return 2 * type - 1;
}
/** The I- label of a type code. */
export function insideLabel(type: number): number {
  return 2 * type;
}
/** Labels[from..to) as one span of a type code, in place (the label rules' retyping and joining). */
export function markSpan(labels: Uint8Array, from: number, to: number, type: number): void {
  labels[from] = beginLabel(type);
  labels.fill(insideLabel(type), from + 1, to);
}

/** Where the span holding token i starts: back over the inside labels of i's own type (a stray inside label stops at a type change). */
export function spanStart(labels: ArrayLike<number>, i: number): number {
  const type = labelType(labels[i]);
  let start = i;
  while (start > 0 && !isBegin(labels[start]) && labelType(labels[start - 1]) === type) start--;
  return start;
}

/** Where the span holding token i ends (exclusive): on over the inside labels of its type, as labelsToSpans reads them. */
export function spanEnd(labels: ArrayLike<number>, i: number): number {
  const type = labelType(labels[i]);
  let end = i + 1;
  while (end < labels.length && !isBegin(labels[end]) && labelType(labels[end]) === type) end++;
  return end;
}

/** The words (hashes) of tokens [start, end) as one map key: a name's other mentions share it. */
export function spanKey(words: Uint32Array, start: number, end: number): string {
  return Array.from(words.subarray(start, end)).join(',');
}

export interface LabelSpan {
  start: number; // token index
  end: number; // exclusive
  type: number; // 1..4
}

/** Token labels to spans; a stray I-X opens a new span (robust decoding). */
export function labelsToSpans(labels: ArrayLike<number>, from: number, to: number): LabelSpan[] {
  const out: LabelSpan[] = [];
  let cur: LabelSpan | undefined;
  for (let k = from; k < to; k++) {
    const l = labels[k];
    const t = labelType(l);
    if (cur && (t !== cur.type || isBegin(l) || t === 0)) {
      out.push(cur);
      cur = undefined;
    }
    if (t !== 0 && !cur) cur = { start: k, end: k + 1, type: t };
    else if (cur) cur.end = k + 1;
  }
  if (cur) out.push(cur);
  return out;
}

// The labels the chains score and decode: BILOU, i.e. B(egin), I(nside), L(ast) and U(nit) per type,
// which lets a linear model weigh a name's last token and a one-token name on their own (Ratinov & Roth
// 2009; it beat BIO under 5-fold CV over train, see the README's fifteenth round). Decoded chain labels are
// mapped back to BIO at once, so everything after decoding (spans, the second pass's features, titles)
// reads the BIO labels above.
const CHAIN_LABELS = ['O', ...NER_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])] as const;
const NUM_CHAIN_LABELS = CHAIN_LABELS.length;
const KIND_B = 1;
const KIND_I = 2;
const KIND_L = 3;
const KIND_U = 4;

/** 0 O, else KIND_B / KIND_I / KIND_L / KIND_U of a chain label. */
function chainKind(l: number): number {
  return l === 0 ? 0 : ((l - 1) % 4) + 1;
}
/** 0 for O, else 1 + type index, of a chain label. */
function chainType(l: number): number {
  return l === 0 ? 0 : ((l - 1) >> 2) + 1;
}

/**
 * Whether chain label `next` may follow `prev` (prev = NUM_CHAIN_LABELS: a sentence's start): after B
 * or I the name goes on (I or L of its type), anywhere else a new one starts (B or U) or none (O).
 */
export function chainTransitionAllowed(prev: number, next: number): boolean {
  const pk = prev === NUM_CHAIN_LABELS ? 0 : chainKind(prev);
  const nk = chainKind(next);
  const open = pk === KIND_B || pk === KIND_I;
  if (nk === KIND_I || nk === KIND_L) return open && chainType(prev) === chainType(next);
  return !open;
}

/** Decoded chain labels to BIO, in place: L reads I, U reads B. */
export function chainToBio(labels: Uint8Array, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const l = labels[k];
    if (l === 0) continue;
    const kind = chainKind(l);
    labels[k] = 2 * chainType(l) - (kind === KIND_B || kind === KIND_U ? 1 : 0);
  }
}

/** BIO gold labels to chain labels: a name's last token L, a one-token name U. */
export function bioToChain(bio: Uint8Array): Uint8Array {
  const out = new Uint8Array(bio.length);
  for (let k = 0; k < bio.length; k++) {
    const l = bio[k];
    if (l === 0) continue;
    const t = labelType(l);
    const continues = k + 1 < bio.length && labelType(bio[k + 1]) === t && !isBegin(bio[k + 1]);
    const kind = isBegin(l) ? (continues ? KIND_B : KIND_U) : continues ? KIND_I : KIND_L;
    out[k] = (t - 1) * 4 + kind;
  }
  return out;
}

// Exported as a list so same-module uses stay plain locals (CommonJS output would otherwise read
// `exports.X` in hot loops, which is slow under Jest's module wrapper).
export { NER_TYPES, LABELS, NUM_LABELS, TYPE_TO_ENTITY, CHAIN_LABELS, NUM_CHAIN_LABELS };
