import { hashRange } from '../util/hash';
import { dropHonorifics } from './honorifics';

describe('dropHonorifics', () => {
  const lower = (words: string[]): Uint32Array => Uint32Array.from(words.map((w) => hashRange(w, 0, w.length, true)));
  it('leaves the title out of a PER span, as CoNLL does', () => {
    // Mr Koch , Mrs de Palacio and Mr President ; Mrs. Hicks ; Drake
    const words = ['Mr', 'Koch', ',', 'Mrs', 'de', 'Palacio', 'and', 'Mr', 'President', ';', 'Mrs.', 'Hicks', ';', 'Drake'];
    const labels = Uint8Array.from([1, 2, 0, 1, 2, 2, 0, 1, 0, 0, 1, 2, 0, 1]);
    dropHonorifics(lower(words), labels);
    expect(Array.from(labels)).toEqual([0, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 0, 1]);
  });
  it('does not touch other types', () => {
    const labels = Uint8Array.from([3, 4]);
    dropHonorifics(lower(['Dr', 'Pepper']), labels);
    expect(Array.from(labels)).toEqual([3, 4]);
  });
});
