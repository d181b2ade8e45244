import { joinNationalityAndOrganisation, joinOrganisationNames, typeInstitutionsOf } from './organisation-names';
import { relabelled, relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const joined = (words: string[], labels: number[]): number[] => relabelled(joinOrganisationNames, words, labels);

describe('joinOrganisationNames', () => {
  it('joins an organisation ending in a head noun, "of" or "for", and the name after it into one organisation', () => {
    expect(joined(['the', 'Communist', 'Party', 'of', 'Sri', 'Lanka', ','], [0, 3, 4, 0, 5, 6, 0])).toEqual([0, 3, 4, 4, 4, 4, 0]);
    expect(joined(['Carnegie', 'Endowment', 'for', 'International', 'Peace'], [3, 4, 0, 7, 8])).toEqual([3, 4, 4, 4, 4]);
    expect(joined(['Green', 'Party', 'of', 'the', 'United', 'States', 'said'], [3, 4, 0, 0, 5, 6, 0])).toEqual([3, 4, 4, 4, 4, 4, 0]);
    expect(joined(['Commission', 'of', 'the', 'National', 'Assembly'], [3, 0, 0, 3, 4])).toEqual([3, 4, 4, 4, 4]);
    expect(joined(['BANK', 'OF', 'JAPAN'], [3, 0, 5])).toEqual([3, 4, 4]);
  });

  it('joins a nationality word read as MISC and the capitalised head noun after it into one organisation', () => {
    expect(joined(['the', 'European', 'Parliament', 'voted'], [0, 7, 0, 0])).toEqual([0, 3, 4, 0]);
    expect(joined(['the', 'North', 'Korean', 'Council', 'for', 'Reconciliation'], [0, 7, 8, 0, 0, 7])).toEqual([0, 3, 4, 4, 4, 4]);
    // A place or a competition after the word stays as the model read it, as does a lower-case head.
    expect(joined(['the', 'Russian', 'Federation'], [0, 7, 0])).toEqual([0, 7, 0]);
    expect(joined(['the', 'American', 'League'], [0, 7, 0])).toEqual([0, 7, 0]);
    expect(joined(['the', 'European', 'parliament'], [0, 7, 0])).toEqual([0, 7, 0]);
    expect(joined(['the', 'Republican', 'Congress'], [0, 7, 3])).toEqual([0, 7, 3]);
  });

  it("joins a person's name and the institution's head noun after it into one organisation", () => {
    expect(joined(['at', 'Johns', 'Hopkins', 'University', '.'], [0, 1, 2, 0, 0])).toEqual([0, 3, 4, 4, 0]);
    const munich = ['the', 'Ludwig', 'Maximilian', 'University', 'of', 'Munich', ','];
    expect(joined(munich, [0, 1, 2, 3, 4, 4, 0])).toEqual([0, 3, 4, 4, 4, 4, 0]);
    // Not before a lower-case noun, a place's or competition's head, or another person.
    expect(joined(['Hopkins', 'university', 'staff'], [1, 0, 0])).toEqual([1, 0, 0]);
    expect(joined(['Smith', 'Bank', 'said'], [1, 3, 0])).toEqual([1, 3, 0]);
  });

  it('joins a body and its subject after "on" into one name of the head\'s type', () => {
    const cfr = ['the', 'Council', 'on', 'Foreign', 'Relations', '.'];
    expect(joined(cfr, [0, 3, 0, 0, 0, 0])).toEqual([0, 3, 4, 4, 4, 0]);
    const emac = ['Committee', 'on', 'Economic', 'and', 'Monetary', 'Affairs', 'and'];
    expect(joined(emac, [3, 0, 0, 0, 3, 4, 0])).toEqual([3, 4, 4, 4, 4, 4, 0]);
    expect(joined(['Conference', 'on', 'Disarmament', 'in', 'Geneva'], [7, 0, 0, 0, 5])).toEqual([7, 8, 8, 0, 5]);
  });

  it('leaves a body before "on" and a day, a place or a person, or a lower-case word', () => {
    expect(joined(['the', 'Council', 'on', 'Monday', 'said'], [0, 3, 0, 0, 0])).toEqual([0, 3, 0, 0, 0]);
    expect(joined(['Security', 'Council', 'on', 'Kashmir'], [3, 4, 0, 5])).toEqual([3, 4, 0, 5]);
    expect(joined(['Council', 'on', 'Smith', "'s", 'plan'], [3, 0, 1, 0, 0])).toEqual([3, 0, 1, 0, 0]);
    expect(joined(['Council', 'on', 'trade'], [3, 0, 0])).toEqual([3, 0, 0]);
    const heading = relabelled(
      (lower, caseClass, out) => joinOrganisationNames(lower, caseClass, out, Int32Array.from([0, 0, 0, 1, 1])),
      ['Committee', 'on', 'Budgets', 'The', 'report'],
      [3, 0, 0, 0, 0],
    );
    expect(heading).toEqual([3, 4, 4, 0, 0]);
  });

  it('leaves a person after "of", other words, other types and names already whole alone', () => {
    expect(joined(['Awami', 'League', 'of', 'Prime', 'Minister', 'Sheikh', 'Hasina'], [3, 4, 0, 0, 0, 1, 2])).toEqual([3, 4, 0, 0, 0, 1, 2]);
    expect(joined(['Party', 'of', 'Prime'], [3, 0, 0])).toEqual([3, 0, 0]);
    expect(joined(['Ferencvaros', 'of', 'Hungary'], [3, 0, 5])).toEqual([3, 0, 5]);
    expect(joined(['Federal', 'Court', 'in', 'Minneapolis'], [3, 4, 0, 5])).toEqual([3, 4, 0, 5]);
    expect(joined(['a', 'party', 'of', 'Germany'], [0, 0, 0, 5])).toEqual([0, 0, 0, 5]);
    expect(joined(['Bank', 'of', 'England'], [3, 4, 4])).toEqual([3, 4, 4]);
    expect(joined(['Henry', 'Bank', 'of', 'Britain'], [1, 2, 0, 5])).toEqual([1, 2, 0, 5]);
  });
});

describe('joinNationalityAndOrganisation', () => {
  const nationalOrganisation = (words: string[], labels: number[]): number[] =>
    relabelledInText(({ text, starts, ends, info }, out) => joinNationalityAndOrganisation(text, starts, ends, info.lower, info.caseClass, out), words, labels);

  it('joins a nationality word read as MISC and an organisation of two words or more ending in a head noun', () => {
    expect(nationalOrganisation(['the', 'Italian', 'Communist', 'Party', 'won'], [0, 7, 3, 4, 0])).toEqual([0, 3, 4, 4, 0]);
    expect(nationalOrganisation(['Scottish', 'National', 'Party', 'leader'], [7, 3, 4, 0])).toEqual([3, 4, 4, 0]);
    // A ministry, a one-word organisation, one not ending in a head noun and a word that is no nationality stay apart.
    expect(nationalOrganisation(['the', 'French', 'Interior', 'Ministry'], [0, 7, 3, 4])).toEqual([0, 7, 3, 4]);
    expect(nationalOrganisation(['the', 'Australian', 'Coalition'], [0, 7, 3])).toEqual([0, 7, 3]);
    expect(nationalOrganisation(['Japanese', 'Sony', 'Corp'], [7, 3, 4])).toEqual([7, 3, 4]);
    expect(nationalOrganisation(['Seattle-based', 'Halibut', 'Commission'], [7, 3, 4])).toEqual([7, 3, 4]);
  });
});

describe('typeInstitutionsOf', () => {
  const typed = (words: string[], labels: number[]): number[] => relabelled(typeInstitutionsOf, words, labels);

  it('types a place or person an institution head opens, then "of" or "for", as an organisation', () => {
    expect(typed(['the', 'Assembly', 'of', 'the', 'Republic'], [0, 5, 6, 6, 6])).toEqual([0, 3, 4, 4, 4]);
    expect(typed(['Council', 'of', 'Europe', 'said'], [1, 2, 2, 0])).toEqual([3, 4, 4, 0]);
  });

  it('leaves events, buildings, places named after a union, and short names alone', () => {
    expect(typed(['Council', 'of', 'Trent'], [7, 8, 8])).toEqual([7, 8, 8]);
    expect(typed(['Church', 'of', 'the', 'Nativity'], [5, 6, 6, 6])).toEqual([5, 6, 6, 6]);
    expect(typed(['Union', 'of', 'Soviet', 'Socialist', 'Republics'], [5, 6, 6, 6, 6])).toEqual([5, 6, 6, 6, 6]);
    expect(typed(['Assembly', 'Hall'], [5, 6])).toEqual([5, 6]);
  });
});
