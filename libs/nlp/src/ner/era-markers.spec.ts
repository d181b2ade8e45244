import { dropEraMarkers } from './era-markers';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const dropped = (words: string[], labels: number[]): number[] => relabelled(dropEraMarkers, words, labels);

describe('dropEraMarkers', () => {
  it('drops an era marker read as a name right after a year', () => {
    expect(dropped(['(', '345-321', 'BC', ')'], [0, 0, 7, 0])).toEqual([0, 0, 0, 0]);
    expect(dropped(['in', '79', 'A.D.', 'the'], [0, 0, 3, 0])).toEqual([0, 0, 0, 0]);
    expect(dropped(['934', 'BCE'], [0, 7])).toEqual([0, 0]);
  });

  it('leaves the same letters elsewhere, and in longer names, alone', () => {
    expect(dropped(['the', 'BC', 'Liberal', 'Party'], [0, 3, 4, 4])).toEqual([0, 3, 4, 4]);
    expect(dropped(['BC', 'Lions', 'won'], [3, 4, 0])).toEqual([3, 4, 0]);
    expect(dropped(['shares', 'of', 'AD', 'rose'], [0, 0, 3, 0])).toEqual([0, 0, 3, 0]);
    expect(dropped(['2', 'BC', 'Lions'], [0, 3, 4])).toEqual([0, 3, 4]);
  });
});
