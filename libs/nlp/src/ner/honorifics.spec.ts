import { hashRange } from '../util/hash';
import { applyPersonTitles } from './honorifics';

describe('applyPersonTitles', () => {
  const lower = (words: string[]): Uint32Array => Uint32Array.from(words.map((w) => hashRange(w, 0, w.length, true)));
  it('leaves the title out of a PER span, as CoNLL does', () => {
    // Mr Koch , Mrs de Palacio and Mr President ; Mrs. Hicks ; Drake
    const words = ['Mr', 'Koch', ',', 'Mrs', 'de', 'Palacio', 'and', 'Mr', 'President', ';', 'Mrs.', 'Hicks', ';', 'Drake'];
    const labels = Uint8Array.from([1, 2, 0, 1, 2, 2, 0, 1, 0, 0, 1, 2, 0, 1]);
    applyPersonTitles(lower(words), labels);
    expect(Array.from(labels)).toEqual([0, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 0, 1]);
  });
  it('does not touch other types', () => {
    const labels = Uint8Array.from([3, 4]);
    applyPersonTitles(lower(['Dr', 'Pepper']), labels);
    expect(Array.from(labels)).toEqual([3, 4]);
  });
  it('makes a span a personal title opens or directly precedes a person, whatever type the model gave it', () => {
    // Mr. Names Smith said ; Mrs Acme Corp ; Mr President ; Dr Pepper ; Mr Koch and Mr Smith
    const words = [
      'Mr.',
      'Names',
      'Smith',
      'said',
      ';',
      'Mrs',
      'Acme',
      'Corp',
      ';',
      'Mr',
      'President',
      ';',
      'Dr',
      'Pepper',
      ';',
      'Mr',
      'Koch',
      'and',
      'Mr',
      'Smith',
    ];
    // O B-MISC I-MISC O O B-ORG I-ORG I-ORG O O O O B-ORG I-ORG O O B-PER O O B-LOC
    const labels = Uint8Array.from([0, 7, 8, 0, 0, 3, 4, 4, 0, 0, 0, 0, 3, 4, 0, 0, 1, 0, 0, 5]);
    applyPersonTitles(lower(words), labels);
    expect(Array.from(labels)).toEqual([0, 1, 2, 0, 0, 0, 1, 2, 0, 0, 0, 0, 3, 4, 0, 0, 1, 0, 0, 1]);
  });
});
