import { ModelEntityType } from '../entity.types';

// BIO tag set over the four CoNLL types. Index 0 is O.
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
/** I-X may only follow B-X or I-X. */
export function allowedTransition(prev: number, next: number): boolean {
  if (next === 0 || isBegin(next)) return true;
  return prev !== 0 && labelType(prev) === labelType(next);
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

// Exported as a list so same-module uses stay plain locals (CommonJS output would otherwise read
// `exports.X` in hot loops, which is slow under Jest's module wrapper).
export { NER_TYPES, LABELS, NUM_LABELS, TYPE_TO_ENTITY };
