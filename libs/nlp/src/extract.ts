import { CanonicalEntity } from './entity.types';
import { groupMentions, RawMention } from './canonical/group-mentions';
import { NER_TYPES, TYPE_TO_ENTITY, labelsToSpans } from './ner/labels';
import { NerModel } from './ner/ner-model';
import { prepareTagger } from './ner/tagger';
import { findRuleEntities } from './rules/rule-entities';
import { analyseText } from './tokenizer/document';

let model: NerModel | undefined;

/** Loads the shipped model once (call at boot to keep the first request fast). */
export function loadNerModel(): NerModel {
  if (!model) {
    model = NerModel.load();
    prepareTagger(model.stage1, model.stage2);
  }
  return model;
}

export interface ExtractOptions {
  title?: string;
}

/** Mentions found in text (model + rules), with exact UTF-16 offsets, before grouping. */
export function findMentions(text: string): RawMention[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const m = loadNerModel();
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  const labels = m.tag(text, starts, ends, count, a.sentenceOf);
  const out: RawMention[] = [];
  for (const s of labelsToSpans(labels, 0, count)) {
    const start = starts[s.start];
    const end = ends[s.end - 1];
    out.push({ start, end, text: text.slice(start, end), type: TYPE_TO_ENTITY[NER_TYPES[s.type - 1]], fromModel: true });
  }
  // Rule entities fill the gaps the model leaves; a model entity wins any overlap.
  const taken = out.slice().sort((x, y) => x.start - y.start);
  let k = 0;
  for (const r of findRuleEntities(text)) {
    while (k < taken.length && taken[k].end <= r.start) k++;
    if (k < taken.length && taken[k].start < r.end) continue;
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), type: r.type, fromModel: false });
  }
  return out;
}

/** Canonical entities of one article, most salient first. */
export function extractEntities(text: string, options: ExtractOptions = {}): CanonicalEntity[] {
  return groupMentions(text, findMentions(text), options.title);
}
