import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { analyseText } from '../tokenizer/document';
import { hashString } from '../util/hash';
import { buildDocContext } from './features';
import { nameListedCompanies } from './listed-companies';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const company = GAZ_CATEGORIES.indexOf('company');
const knownOrg = GAZ_CATEGORIES.indexOf('known-org');
// "twitter" on both organisation lists, "whatsapp" on the company list alone, "tesla" on it and a person's.
const gazetteer = Gazetteer.build([
  { tokens: [hashString('twitter')], category: company },
  { tokens: [hashString('twitter')], category: knownOrg },
  { tokens: [hashString('tesla')], category: company },
  { tokens: [hashString('tesla')], category: GAZ_CATEGORIES.indexOf('person-name') },
  { tokens: [hashString('whatsapp')], category: company },
]);

/** The labels nameListedCompanies leaves for a text tokenized as the tagger does, starting from `labels` (default all O). */
function relabelled(text: string, labels?: number[]): number[] {
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  const ctx = buildDocContext(text, starts.subarray(0, count), ends.subarray(0, count), count, a.sentenceOf, gazetteer);
  const out = labels ? Uint8Array.from(labels) : new Uint8Array(count);
  if (out.length !== count) throw new Error(`${count} tokens in "${text}", ${out.length} labels`);
  nameListedCompanies(ctx, out);
  return Array.from(out);
}

describe('nameListedCompanies', () => {
  it('names a capitalised word of running text that both organisation lists hold, left out by the tagger', () => {
    expect(relabelled('Trump said on Twitter that the vote was rigged .')).toEqual([0, 0, 0, 3, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Twitter removed the posts on Friday .')).toEqual([3, 0, 0, 0, 0, 0, 0]);
  });

  it('names a word on the company list that no other list reads otherwise, camel case too', () => {
    expect(relabelled('He said WhatsApp would delay the update .')).toEqual([0, 0, 3, 0, 0, 0, 0, 0]);
  });

  it('leaves a company word other lists read otherwise, a lower-case use in the document, a headline and a name the tagger found', () => {
    expect(relabelled('Tesla said the shares would rise .')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Birds twitter at dawn , and Twitter is quiet at night .')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Twitter Shares Fall')).toEqual([0, 0, 0]);
    expect(relabelled('He joined Twitter Inc last year .', [0, 0, 0, 3, 0, 0, 0])).toEqual([0, 0, 0, 3, 0, 0, 0]);
  });
});
