import { nameWebCompanies } from './web-company-names';
import { relabelledTokenized } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC. The text is tokenized as the tagger sees it:
// "Amazon.com" is the three tokens Amazon . com.
const relabelled = (text: string, labels: number[]): number[] =>
  relabelledTokenized((w, l) => nameWebCompanies(w.text, w.starts, w.ends, w.info.lower, l), text, labels);

describe('nameWebCompanies', () => {
  it('reads a capitalised web address as one organisation when the tagger read its first word or nothing', () => {
    // Amazon . com said
    expect(relabelled('Amazon.com said', [5, 0, 0, 0])).toEqual([3, 4, 4, 0]);
    expect(relabelled('JD.com said', [0, 0, 0, 0])).toEqual([3, 4, 4, 0]);
    expect(relabelled('Shares of Salesforce.com rose', [0, 0, 3, 0, 0, 0])).toEqual([0, 0, 3, 4, 4, 0]);
    expect(relabelled('Amazon.com is open', [5, 6, 6, 0, 0])).toEqual([3, 4, 4, 0, 0]);
    // a name that stops inside the address: [JD .] com
    expect(relabelled('with JD.com and', [0, 3, 4, 0, 0])).toEqual([0, 3, 4, 4, 0]);
  });

  it('takes in the legal form right after the address, read as a name of its own or as none', () => {
    expect(relabelled('Salesforce.com Inc agreed', [3, 0, 0, 3, 0])).toEqual([3, 4, 4, 4, 0]);
    expect(relabelled('Overstock.com Inc. rose', [3, 0, 0, 0, 0])).toEqual([3, 4, 4, 4, 0]);
    expect(relabelled('JD.com Prize money', [0, 0, 0, 7, 0])).toEqual([3, 4, 4, 7, 0]);
  });

  it('leaves a longer name around the address as the tagger typed it', () => {
    expect(relabelled('Amazon.com Inc said', [3, 4, 4, 4, 0])).toEqual([3, 4, 4, 4, 0]);
    expect(relabelled('the Amazon.com Prize', [0, 7, 8, 8, 8])).toEqual([0, 7, 8, 8, 8]);
  });

  it('leaves web addresses alone: lower case, inside a longer address, or with a path', () => {
    expect(relabelled('see amazon.com today', [0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    const url = relabelled('see Amazon.com/deals today', [0, 5, 0, 0, 0, 0, 0]);
    expect(url).toEqual([0, 5, 0, 0, 0, 0, 0]);
    expect(relabelled('read news.Yahoo.com now', [0, 0, 0, 3, 0, 0, 0])).toEqual([0, 0, 0, 3, 0, 0, 0]);
    expect(relabelled('Amazon . com', [5, 0, 0])).toEqual([5, 0, 0]);
  });
});
