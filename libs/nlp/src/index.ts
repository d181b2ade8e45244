export * from './entity.types';
export { extractEntities, findMentions, loadNerModel, ExtractOptions } from './extract';
export { canonicalName, entityId, lookupAlias, normaliseSurface } from './canonical/aliases';
export { groupMentions, RawMention } from './canonical/group-mentions';
export { tokenize, tokenizeSpans, Token, TokenSpans } from './tokenizer/tokenize';
export { splitSentences } from './tokenizer/sentences';
export { analyseText, AnalysedText } from './tokenizer/document';
export { NerModel } from './ner/ner-model';
export { findRuleEntities, RuleMatch } from './rules/rule-entities';
