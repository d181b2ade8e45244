import { joinCompassPlaces } from './compass-places';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const joined = (text: string, labels: number[]): number[] => relabelledDocument(joinCompassPlaces, text, labels);

describe('joinCompassPlaces', () => {
  it('takes a title-case point of the compass into the place right after it', () => {
    expect(joined('Ships in the Northern Arabian Sea fired .', [0, 0, 0, 0, 5, 6, 0, 0])).toEqual([0, 0, 0, 5, 6, 6, 0, 0]);
    expect(joined('Trade with Western Europe grew .', [0, 0, 7, 5, 0, 0])).toEqual([0, 0, 5, 6, 0, 0]);
    expect(joined('apartments in Greater Boston and Virginia', [0, 0, 0, 5, 0, 5])).toEqual([0, 0, 5, 6, 0, 5]);
  });

  it("leaves a sentence's first word, lower case, headlines in capitals and other names", () => {
    expect(joined('Northern Iraq has been calm .', [0, 5, 0, 0, 0, 0])).toEqual([0, 5, 0, 0, 0, 0]);
    expect(joined('Troops in northern Iraq moved .', [0, 0, 0, 5, 0, 0])).toEqual([0, 0, 0, 5, 0, 0]);
    expect(joined('REBELS IN NORTHERN IRAQ', [0, 0, 0, 5])).toEqual([0, 0, 0, 5]);
    expect(joined('Troops moved North\nIraq is calm .', [0, 0, 0, 5, 0, 0, 0])).toEqual([0, 0, 0, 5, 0, 0, 0]);
    expect(joined('He met Central Bank officials .', [0, 0, 0, 3, 0, 0])).toEqual([0, 0, 0, 3, 0, 0]);
  });
});
