import { typeAwardNames, typeCompetitionLeagues, typeEventNames, typeEventsOfPlaces, typeOperationNames } from './event-names';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
// One sentence unless `sentences` says where each word belongs.
const typed = (words: string[], labels: number[], sentences: number[] = words.map(() => 0)): number[] =>
  relabelled((lower, caseClass, out) => typeEventNames(lower, caseClass, Int32Array.from(sentences), out), words, labels);

describe('typeEventNames', () => {
  it('types a name ending in a title-case event, prize or law head as MISC', () => {
    expect(typed(['the', 'Arakan', 'War', 'began'], [0, 1, 2, 0])).toEqual([0, 7, 8, 0]);
    expect(typed(['Haifa', 'International', 'Film', 'Festival'], [5, 6, 6, 6])).toEqual([7, 8, 8, 8]);
    expect(typed(['the', 'Social', 'Security', 'Act'], [0, 3, 4, 4])).toEqual([0, 7, 8, 8]);
  });

  it('takes in a head right after a name, and a name right before the event', () => {
    expect(typed(['the', 'Iraq', 'War', ','], [0, 5, 0, 0])).toEqual([0, 7, 8, 0]);
    expect(typed(['the', 'FIFA', 'World', 'Cup'], [0, 3, 7, 8])).toEqual([0, 7, 8, 8]);
    expect(typed(['the', 'Nobel', 'Prize'], [0, 1, 0])).toEqual([0, 7, 8]);
    expect(typed(['San', 'Francisco', 'Jewish', 'Film', 'Festival'], [5, 6, 7, 8, 8])).toEqual([7, 8, 8, 8, 8]);
  });

  it('leaves a head in the next sentence', () => {
    expect(typed(['Springstubb', 'Revolution'], [1, 0], [0, 1])).toEqual([1, 0]);
    expect(typed(['Spain', 'Civil', 'War'], [5, 7, 8], [0, 1, 1])).toEqual([5, 7, 8]);
  });

  it('leaves one-word names, lower-case heads, other heads and names with "of" inside', () => {
    expect(typed(['Cup', 'holders'], [3, 0])).toEqual([3, 0]);
    expect(typed(['Leeds', 'cup'], [3, 0])).toEqual([3, 0]);
    expect(typed(['Greek', 'Rally'], [3, 4])).toEqual([3, 4]);
    expect(typed(['Council', 'of', 'the', 'Islamic', 'Revolution'], [3, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4]);
  });
});

describe('typeEventsOfPlaces', () => {
  const typedOf = (words: string[], labels: number[], sentences: number[] = words.map(() => 0)): number[] =>
    relabelled((lower, caseClass, out) => typeEventsOfPlaces(lower, caseClass, Int32Array.from(sentences), out), words, labels);

  it('makes a battle, siege, treaty or war and "of" before a name one MISC name', () => {
    expect(typedOf(['the', 'Battle', 'of', 'Hastings', 'was'], [0, 3, 4, 4, 0])).toEqual([0, 7, 8, 8, 0]);
    expect(typedOf(['the', 'Siege', 'of', 'Orleans', ','], [0, 0, 0, 5, 0])).toEqual([0, 7, 8, 8, 0]);
    expect(typedOf(['the', 'Battle', 'of', 'the', 'Somme'], [0, 0, 0, 0, 5])).toEqual([0, 7, 8, 8, 8]);
    expect(typedOf(['the', 'War', 'of', '1812', 'ended'], [0, 0, 0, 0, 0])).toEqual([0, 7, 8, 8, 0]);
    expect(typedOf(['the', 'Second', 'Battle', 'of', 'Ypres'], [0, 7, 8, 0, 5])).toEqual([0, 7, 8, 8, 8]);
    expect(typedOf(['ending', 'War', 'of', 'Spanish', 'Succession', '.'], [0, 0, 0, 7, 0, 0])).toEqual([0, 7, 8, 8, 8, 0]);
  });

  it('leaves lower-case heads, lower-case places and a place in the next sentence', () => {
    expect(typedOf(['a', 'battle', 'of', 'Hastings'], [0, 0, 0, 5])).toEqual([0, 0, 0, 5]);
    expect(typedOf(['Battle', 'of', 'wills'], [0, 0, 0])).toEqual([0, 0, 0]);
    expect(typedOf(['the', 'Battle', 'of', 'Hastings'], [0, 0, 0, 5], [0, 0, 0, 1])).toEqual([0, 0, 0, 5]);
  });
});

describe('typeOperationNames', () => {
  const typedOp = (words: string[], labels: number[], sentences: number[] = words.map(() => 0)): number[] =>
    relabelled((lower, caseClass, out) => typeOperationNames(lower, caseClass, Int32Array.from(sentences), out), words, labels);

  it('makes a title-case Operation and the name after it one MISC name', () => {
    expect(typedOp(['Operation', 'Warp', 'Speed', 'aims'], [0, 1, 2, 0])).toEqual([7, 8, 8, 0]);
    expect(typedOp(['for', 'Operation', 'Overlord', '.'], [0, 0, 0, 0])).toEqual([0, 7, 8, 0]);
    expect(typedOp(['Operation', 'Cascade', 'gave'], [3, 4, 0])).toEqual([7, 8, 0]);
  });

  it('leaves a lower-case operation, a name inside a longer one and a name in the next sentence', () => {
    expect(typedOp(['the', 'operation', 'Warp', 'Speed'], [0, 0, 1, 2])).toEqual([0, 0, 1, 2]);
    expect(typedOp(['Joint', 'Operation', 'Centre'], [3, 4, 4])).toEqual([3, 4, 4]);
    expect(typedOp(['an', 'Operation', '.', 'Smith', 'said'], [0, 0, 0, 1, 0], [0, 0, 0, 1, 1])).toEqual([0, 0, 0, 1, 0]);
  });
});

describe('typeCompetitionLeagues', () => {
  const typedLeague = (words: string[], labels: number[]): number[] => relabelled(typeCompetitionLeagues, words, labels);

  it('types a competition league as MISC', () => {
    expect(typedLeague(['the', 'Premier', 'League', 'title'], [0, 3, 4, 0])).toEqual([0, 7, 8, 0]);
    expect(typedLeague(['European', 'Champions', "'", 'League'], [3, 4, 4, 4])).toEqual([7, 8, 8, 8]);
    expect(typedLeague(['MAJOR', 'LEAGUE', 'BASEBALL'], [3, 4, 0])).toEqual([7, 8, 0]);
  });

  it('leaves parties and bodies named League', () => {
    expect(typedLeague(['the', 'Awami', 'League', 'won'], [0, 3, 4, 0])).toEqual([0, 3, 4, 0]);
    expect(typedLeague(['the', 'Northern', 'League'], [0, 3, 4])).toEqual([0, 3, 4]);
  });
});

describe('typeAwardNames', () => {
  const typedAward = (words: string[], labels: number[]): number[] => relabelled(typeAwardNames, words, labels);

  it('types an award named for what it is given for as MISC', () => {
    expect(typedAward(['an', 'Academy', 'Award', 'for', 'Best', 'Actress'], [0, 3, 4, 4, 4, 4])).toEqual([0, 7, 8, 8, 8, 8]);
    expect(typedAward(['the', 'Copley', 'Medal', 'of', 'Honour'], [0, 3, 4, 4, 4])).toEqual([0, 7, 8, 8, 8]);
  });

  it('leaves the bodies that give awards', () => {
    expect(typedAward(['the', 'Pulitzer', 'Prize', 'Board'], [0, 3, 4, 4])).toEqual([0, 3, 4, 4]);
    expect(typedAward(['Academy', 'Award', 'for'], [3, 4, 0])).toEqual([3, 4, 0]);
  });
});
