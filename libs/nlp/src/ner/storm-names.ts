import { hashString } from '../util/hash';
import { labelType, markSpan, spanEnd, spanStart, typeCode } from './labels';
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
    const start = labels[name] !== 0 ? spanStart(labels, name) : name;
    // The word itself may open the tagger's name ("[Hurricane Laura]"): the name is what follows it; unless
    // the tagger read an organisation ("Storm Research Organisation") or the word is inside a longer name.
    if (start < k || (start === k && labelType(labels[name]) === ORG)) continue;
    const end = labels[name] !== 0 ? spanEnd(labels, start) : name + 1;
    if (caseClass[k] !== CASE_LOWER) labels[k] = 0;
    markSpan(labels, name, end, MISC);
  }
}
