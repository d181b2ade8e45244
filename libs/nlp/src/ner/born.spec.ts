import { dropVerbBorn, typeMaidenNames } from './born';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const dropped = (words: string[], labels: number[]): number[] => relabelled(dropVerbBorn, words, labels);

describe('dropVerbBorn', () => {
  it('drops "Born" read as a name before in, on, at, to, into or a number', () => {
    expect(dropped(['Born', 'in', 'Kingston', ','], [5, 0, 5, 0])).toEqual([0, 0, 5, 0]);
    expect(dropped(['Born', 'to', 'a', 'family'], [5, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    expect(dropped(['Born', '1937', ','], [1, 0, 0])).toEqual([0, 0, 0]);
    expect(dropped(['Born', 'and', 'raised', 'in', 'Indianapolis'], [5, 0, 0, 0, 5])).toEqual([0, 0, 0, 0, 5]);
  });

  it('leaves the physicist and other words alone', () => {
    expect(dropped(['Max', 'Born', 'in', '1954'], [1, 2, 0, 0])).toEqual([1, 2, 0, 0]);
    expect(dropped(['Born', 'and', 'Heisenberg'], [1, 0, 1])).toEqual([1, 0, 1]);
    expect(dropped(['Bonn', 'in', 'May'], [5, 0, 0])).toEqual([5, 0, 0]);
  });
});

describe('typeMaidenNames', () => {
  const typedNee = (words: string[], labels: number[]): number[] => relabelled(typeMaidenNames, words, labels);

  it('reads the name after "née" as a person', () => {
    expect(typedNee(['Curie', ',', 'née', 'Skłodowska', ','], [1, 0, 0, 5, 0])).toEqual([1, 0, 0, 1, 0]);
    expect(typedNee(['Jane', 'Smith', '(', 'nee', 'Brown', ')'], [1, 2, 0, 0, 0, 0])).toEqual([1, 2, 0, 0, 1, 0]);
  });

  it("leaves a company's former name and lower-case words", () => {
    expect(typedNee(['GV', '(', 'née', 'Google', 'Ventures', ')'], [3, 0, 0, 3, 4, 0])).toEqual([3, 0, 0, 3, 4, 0]);
    expect(typedNee(['née', 'in', 'Paris'], [0, 0, 5])).toEqual([0, 0, 5]);
  });
});
