import { LEGAL_FORM_ABBREVIATIONS } from '../lexicon/company-words';
import { beginLabel, insideLabel, isBegin, labelType, markSpan, spanStart, typeCode } from './labels';

const ORG = typeCode('ORG');
/** A company's abbreviated legal form as written, case and all ("SA", not the surname "Sa"), with or without its full stop. */
const WRITTEN_FORMS = new Set(LEGAL_FORM_ABBREVIATIONS.flatMap((form) => [form, `${form}.`]));

/**
 * A company's legal form the tagger left out right after a name makes the name a company's, the form
 * included: "[Airbus SE] delivered fewer jets" (read as "[Airbus]/MISC SE", the aircraft), as does a form
 * the tagger read as the start of the next name ("[Salesforce.com] [Inc. Chevron Corp]"). In CoNLL train
 * and dev such a form right after a name is inside it 280 times of 280, all organisations, never the start
 * of another. And a form written with its full stop ends the company: words of the span after it are a
 * name of their own, where a sentence break went unseen after the abbreviation ("[Salesforce.com Inc.]
 * [Chevron Corp] bought"); in CoNLL no name goes on after such a form (another form may: "Samsung
 * Electronics Co. Ltd"). In place.
 */
export function readLegalForms(text: string, starts: Int32Array, ends: Int32Array, labels: Uint8Array): void {
  const form = (k: number) => WRITTEN_FORMS.has(text.slice(starts[k], ends[k]));
  for (let k = 1; k < labels.length; k++) {
    if (labels[k - 1] !== 0 && (labels[k] === 0 || isBegin(labels[k])) && form(k) && starts[k] > ends[k - 1]) {
      // The form closes the name before it; a span the tagger began with it goes on from the next word.
      if (k + 1 < labels.length && labels[k] !== 0 && labels[k + 1] === insideLabel(labelType(labels[k]))) labels[k + 1] = beginLabel(labelType(labels[k]));
      markSpan(labels, spanStart(labels, k - 1), k + 1, ORG);
    }
    if (labelType(labels[k]) === ORG && k + 1 < labels.length && labels[k + 1] === insideLabel(ORG) && form(k) && !form(k + 1) && text[ends[k] - 1] === '.')
      labels[k + 1] = beginLabel(ORG);
  }
}
