import { typeCamelCaseBrands } from './camel-case-brands';
import { relabelledTokenized } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const relabelled = (text: string, labels: number[]): number[] => relabelledTokenized((w, l) => typeCamelCaseBrands(w.text, w.starts, w.ends, l), text, labels);

describe('typeCamelCaseBrands', () => {
  it('reads a one-word person written in camel case as an organisation', () => {
    expect(relabelled('WeWork said on Tuesday', [1, 0, 0, 0])).toEqual([3, 0, 0, 0]);
    expect(relabelled('tests by HackerRank', [0, 0, 1])).toEqual([0, 0, 3]);
  });

  it('leaves surnames whose particle takes a capital, longer names, other types and plain words', () => {
    expect(relabelled('DeSantis said', [1, 0])).toEqual([1, 0]);
    expect(relabelled('McDonald said', [1, 0])).toEqual([1, 0]);
    expect(relabelled('LaBolt said', [1, 0])).toEqual([1, 0]);
    expect(relabelled('MaliVai Washington won', [1, 2, 0])).toEqual([1, 2, 0]);
    expect(relabelled('JavaScript runs', [7, 0])).toEqual([7, 0]);
    expect(relabelled('Smith said', [1, 0])).toEqual([1, 0]);
  });
});
