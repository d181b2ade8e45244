import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_LOWER, CASE_TITLE } from './token-info';

const MISC = typeCode('MISC');
const ORG = typeCode('ORG');
/** Words before a storm's given name: "Hurricane Laura", "typhoon Haishen", "Cyclone Amphan". */
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone'].map(hashString));
// "Storm" only capitalised ("Tropical Storm Dolly", "Storm Alex"): in lower case it is also a verb ("to storm Grozny").
const STORM = hashString('storm');

/**
 * A storm's given name is MISC, the word before it outside: "Hurricane Laura" (read as a person), "Typhoon
 * Haishen", "Tropical Storm Dolly". CoNLL train and dev label the name after "Hurricane" or "hurricane" MISC
 * 3 times of 3 ("Edouard", "Dolly"), the word itself never.
 */
export function typeStormNames(lower: Uint32Array, caseClass: Uint8Array, sentenceOf: Int32Array, labels: Uint8Array): void {
  const count = labels.length;
  for (let k = 0; k + 1 < count; k++) {
    const storm = STORM_WORDS.has(lower[k]) || (lower[k] === STORM && caseClass[k] === CASE_TITLE);
    const name = k + 1;
    if (!storm || caseClass[k + 1] !== CASE_TITLE || sentenceOf[name] !== sentenceOf[k]) continue;
    const spans = labelsToSpans(labels, 0, count).filter((s) => s.start <= name && name < s.end);
    const span = spans[0];
    // The word itself may open the tagger's name ("[Hurricane Laura]"): the name is what follows it; unless
    // the tagger read an organisation ("Storm Research Organisation") or the word is inside a longer name.
    if (span && (span.start < k || (span.start === k && span.type === ORG))) continue;
    const end = span ? span.end : name + 1;
    if (caseClass[k] !== CASE_LOWER) labels[k] = 0;
    markSpan(labels, name, end, MISC);
  }
}
