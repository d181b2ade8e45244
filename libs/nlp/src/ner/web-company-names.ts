import { hashString } from '../util/hash';
import { WEB_DOMAIN_WORDS } from '../lexicon/company-words';
import { insideLabel, isBegin, labelType, markSpan, spanStart, typeCode } from './labels';
import { LEGAL_FORMS } from './organisation-names';
import { glued } from './written-as-one';

const ORG = typeCode('ORG');
const DOT = hashString('.');
const WEB_DOMAINS: ReadonlySet<number> = new Set(WEB_DOMAIN_WORDS.map(hashString));
const SLASH = '/'.charCodeAt(0);
const CAPITAL = /^\p{Lu}/u;
const COUNTRY_CODE = /^[a-z]{2}$/;

/** Whether tokens k and k + 1 are a web domain's full stop and name (". com"), as the tokenizer cuts "Amazon.com". */
export function webDomainAt(lower: Uint32Array, k: number): boolean {
  return k + 1 < lower.length && lower[k] === DOT && WEB_DOMAINS.has(lower[k + 1]);
}

/**
 * A company named by its web address ("Amazon.com", "JD.com said", "Salesforce.com rose") is one
 * organisation over the whole address, in place. The tokenizer cuts "Amazon.com" into three tokens that
 * CoNLL's text never shows (its tokens keep an address whole), and the tagger read only the first one,
 * or nothing: "[Amazon] . com" as the river, "JD . com" as no name. A span that starts at the address and
 * ends inside it (or at its end), or no span at all, becomes the address as an organisation, with a legal
 * form right after it ("Salesforce.com Inc"); a longer name the tagger found around it ("Amazon.com Inc")
 * keeps its type. Left alone: lower-case addresses and addresses inside a longer one ("www.amazon.com",
 * "news.Yahoo.com", "Amazon.com/deals"), which are web addresses, not names.
 */
export function nameWebCompanies(text: string, starts: Int32Array, ends: Int32Array, lower: Uint32Array, labels: Uint8Array): void {
  const n = labels.length;
  for (let i = 0; i + 2 < n; i++) {
    if (!webDomainAt(lower, i + 1) || !CAPITAL.test(text.slice(starts[i], starts[i] + 2))) continue;
    if (!glued(starts, ends, i, i + 3) || (i > 0 && glued(starts, ends, i - 1, i + 1))) continue;
    let address = i + 3;
    // A country's domain after it ("Undercover.com.au") belongs to the address.
    if (
      address + 1 < n &&
      lower[address] === DOT &&
      glued(starts, ends, i, address + 2) &&
      COUNTRY_CODE.test(text.slice(starts[address + 1], ends[address + 1]))
    )
      address += 2;
    if (address < n && glued(starts, ends, address - 1, address + 1) && text.charCodeAt(starts[address]) === SLASH) continue;
    const type = labelType(labels[i]);
    // How far a name the tagger started at the address's first word goes (i when none).
    let end = i;
    if (type !== 0 && spanStart(labels, i) === i) {
      end = i + 1;
      while (end < n && labels[end] === insideLabel(type)) end++;
    }
    // A name that stops inside the address ("[JD .] com"), or none, becomes the address as an organisation;
    // a longer name around it ("Amazon.com Inc") keeps the tagger's type, and so does one starting before it.
    const startsHere = type === 0 || end > i;
    if (startsHere && end <= address && labels.subarray(Math.max(end, i), address).every((l) => l === 0)) {
      // Its legal form after it, read as a name of its own or as none ("Salesforce.com Inc"), is its last word.
      const form =
        address < n && LEGAL_FORMS.has(lower[address]) && (labels[address] === 0 || (labelType(labels[address]) === ORG && isBegin(labels[address])));
      const last = form && (address + 1 >= n || labels[address + 1] !== insideLabel(ORG)) ? address + 1 : address;
      markSpan(labels, i, last, ORG);
    }
    i = address - 1;
  }
}
