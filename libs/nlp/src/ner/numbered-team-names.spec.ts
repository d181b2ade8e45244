import { nameNumberedTeams } from './numbered-team-names';
import { relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const named = (words: string[], labels: number[]): number[] => relabelledInText((t, out) => nameNumberedTeams(t.text, t.starts, t.ends, out), words, labels);

describe('nameNumberedTeams', () => {
  it('names a team called by a number an organisation, with the town before it', () => {
    expect(named(['the', 'San', 'Francisco', '49ers', 'won'], [0, 5, 6, 0, 0])).toEqual([0, 3, 4, 4, 0]);
    expect(named(['the', '76ers', 'lost'], [0, 0, 0])).toEqual([0, 3, 0]);
  });

  it('leaves other numbers and a name of another type before one', () => {
    expect(named(['in', 'the', '1990s', 'and', '2000ers'], [0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    expect(named(['Smith', "'s", '49ers'], [1, 0, 0])).toEqual([1, 0, 3]);
  });
});
