import { typeNamesBeforeNewsAgency, typeOrganisationAppositions } from './organisation-appositions';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled(typeOrganisationAppositions, words, labels);

describe('typeOrganisationAppositions', () => {
  it('types a name right after a noun for an organisation as that organisation', () => {
    expect(typed(['the', 'rock', 'band', 'Nirvana', 'released'], [0, 0, 0, 1, 0])).toEqual([0, 0, 0, 3, 0]);
    expect(typed(['the', 'daily', 'Le', 'Monde', 'said'], [0, 0, 7, 8, 0])).toEqual([0, 0, 3, 4, 0]);
    expect(typed(['security', 'startup', 'Agari', 'raised'], [0, 0, 1, 0])).toEqual([0, 0, 3, 0]);
  });

  it('leaves other nouns, a noun inside a name, and names the noun does not touch', () => {
    expect(typed(['the', 'broker', 'Shakil', 'said'], [0, 0, 1, 0])).toEqual([0, 0, 1, 0]);
    expect(typed(['Carlyle', 'Group', 'Rubenstein', 'said'], [3, 4, 1, 0])).toEqual([3, 4, 1, 0]);
    expect(typed(['Company', 'Name', 'Homegate', 'Inc'], [0, 7, 3, 4])).toEqual([0, 7, 3, 4]);
    expect(typed(['the', 'group', 'met', 'in', 'Paris'], [0, 0, 0, 0, 5])).toEqual([0, 0, 0, 0, 5]);
  });
});

describe('typeNamesBeforeNewsAgency', () => {
  const agency = (words: string[], labels: number[]): number[] => relabelled(typeNamesBeforeNewsAgency, words, labels);

  it('types a person or place right before "news agency" as the agency', () => {
    expect(agency(['the', 'Fars', 'news', 'agency', 'said'], [0, 5, 0, 0, 0])).toEqual([0, 3, 0, 0, 0]);
    expect(agency(['Tasnim', 'news', 'agency', 'reported'], [1, 0, 0, 0])).toEqual([3, 0, 0, 0]);
    expect(agency(['Xinhua', 'news', 'agencies'], [5, 0, 0])).toEqual([3, 0, 0]);
  });

  it('leaves nationalities, other words after the name, and a title-case "News Agency"', () => {
    expect(agency(['the', 'Iranian', 'news', 'agency'], [0, 7, 0, 0])).toEqual([0, 7, 0, 0]);
    expect(agency(['in', 'Paris', 'news', 'travels'], [0, 5, 0, 0])).toEqual([0, 5, 0, 0]);
    expect(agency(['Reuters', 'news'], [1, 0])).toEqual([1, 0]);
    expect(agency(['Iraqi', 'News', 'Agency'], [5, 0, 0])).toEqual([5, 0, 0]);
  });
});
