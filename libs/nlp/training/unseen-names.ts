/**
 * NER scored on names the model never saw labelled: unseen text is full of them (newer news, other
 * domains), while a held-out split of the same corpus repeats most training names, so its overall F1
 * says little about them. A name is its tokens lower-cased and joined by spaces; an entity counts here
 * when its name is not among the names labelled (any type) in the training documents.
 */
import { ConllDoc, entitySpans } from './conll';

export interface TaggedTokens {
  tokens: string[];
  /** IOB2 tags, parallel to tokens */
  tags: string[];
}

export interface UnseenNameScore {
  /** gold entities with an unseen name */
  gold: number;
  /** predicted entities with an unseen name */
  predicted: number;
  /** predicted entities with an unseen name that match a gold entity exactly (span and type) */
  correct: number;
  p: number;
  r: number;
  f: number;
}

const nameOf = (tokens: string[], span: { start: number; end: number }) => tokens.slice(span.start, span.end).join(' ').toLowerCase();

/** The names labelled in the documents, any type. */
export function labelledNames(docs: TaggedTokens[]): Set<string> {
  const names = new Set<string>();
  for (const d of docs) for (const span of entitySpans(d.tags)) names.add(nameOf(d.tokens, span));
  return names;
}

/** The names labelled in CoNLL documents (sentences flattened), any type. */
export function namesLabelledIn(docs: ConllDoc[]): Set<string> {
  return labelledNames(docs.map((d) => ({ tokens: d.tokens.flat(), tags: d.tags.flat() })));
}

/** Precision, recall and F1 of unseen-name counts (one document set's, or several pooled). */
export function unseenScoreOf({ gold, predicted, correct }: { gold: number; predicted: number; correct: number }): UnseenNameScore {
  const p = predicted ? correct / predicted : 0;
  const r = gold ? correct / gold : 0;
  return { gold, predicted, correct, p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Precision over predicted entities with an unseen name, recall over gold ones (exact span and type). */
export function unseenNameScore(docs: Array<{ tokens: string[]; gold: string[]; predicted: string[] }>, seen: Set<string>): UnseenNameScore {
  let gold = 0;
  let predicted = 0;
  let correct = 0;
  for (const d of docs) {
    const goldKeys = new Set<string>();
    for (const span of entitySpans(d.gold)) {
      if (seen.has(nameOf(d.tokens, span))) continue;
      gold++;
      goldKeys.add(`${span.start}:${span.end}:${span.type}`);
    }
    for (const span of entitySpans(d.predicted)) {
      if (seen.has(nameOf(d.tokens, span))) continue;
      predicted++;
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) correct++;
    }
  }
  return unseenScoreOf({ gold, predicted, correct });
}
