import { dropTitlesEndingOrganisations, applyPersonTitles } from './honorifics';
import { relabelled } from '../../../../test/support/spaced-words';

describe('applyPersonTitles', () => {
  const titled = (words: string[], labels: number[]): number[] => relabelled(applyPersonTitles, words, labels);
  it('leaves the title out of a PER span, as CoNLL does', () => {
    // Mr Koch , Mrs de Palacio and Mr President ; Mrs. Hicks ; Drake
    const words = ['Mr', 'Koch', ',', 'Mrs', 'de', 'Palacio', 'and', 'Mr', 'President', ';', 'Mrs.', 'Hicks', ';', 'Drake'];
    expect(titled(words, [1, 2, 0, 1, 2, 2, 0, 1, 0, 0, 1, 2, 0, 1])).toEqual([0, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 1, 0, 1]);
  });
  it('does not touch other types', () => {
    expect(titled(['Dr', 'Pepper'], [3, 4])).toEqual([3, 4]);
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
    expect(titled(words, [0, 7, 8, 0, 0, 3, 4, 4, 0, 0, 0, 0, 3, 4, 0, 0, 1, 0, 0, 5])).toEqual([0, 1, 2, 0, 0, 0, 1, 2, 0, 0, 0, 0, 3, 4, 0, 0, 1, 0, 0, 1]);
  });
  it('makes a span a person when one word the model left out stands between it and a personal title', () => {
    // Mr. Name1ql Surnameamelf said ; Mr and Acme Corp ; Mr. John Smith
    const words = ['Mr.', 'Name1ql', 'Surnameamelf', 'said', ';', 'Mr', 'and', 'Acme', 'Corp', ';', 'Mr.', 'John', 'Smith'];
    // O O B-ORG O O O O B-ORG I-ORG O O O B-PER: "and" is no first name, Acme Corp stays an organisation
    expect(titled(words, [0, 0, 3, 0, 0, 0, 0, 3, 4, 0, 0, 0, 1])).toEqual([0, 0, 1, 0, 0, 0, 0, 3, 4, 0, 0, 0, 1]);
  });
  it('leaves a job title out of a longer PER span, as CoNLL does; royal styles and a title alone stay', () => {
    // Commissioner Monti ; President Bill Clinton ; Prince Charles ; President ; General Motors
    const words = ['Commissioner', 'Monti', ';', 'President', 'Bill', 'Clinton', ';', 'Prince', 'Charles', ';', 'President', ';', 'General', 'Motors'];
    expect(titled(words, [1, 2, 0, 1, 2, 2, 0, 1, 2, 0, 1, 0, 3, 4])).toEqual([0, 1, 0, 0, 1, 2, 0, 1, 2, 0, 1, 0, 3, 4]);
  });
  it('leaves Sheikh out of the name it opens, as CoNLL does', () => {
    expect(titled(['Sheikh', 'Tamim', 'bin', 'Hamad'], [1, 2, 2, 2])).toEqual([0, 1, 2, 2]);
  });
});

describe('dropTitlesEndingOrganisations', () => {
  const dropped = (words: string[], labels: number[]): number[] => relabelled(dropTitlesEndingOrganisations, words, labels);

  it("leaves a person's title read as an organisation's last word out of both names", () => {
    const words = ['Supreme', 'Court', 'Justice', 'Ruth', 'Bader', 'Ginsburg', 'died'];
    expect(dropped(words, [3, 4, 4, 1, 2, 2, 0])).toEqual([3, 4, 0, 1, 2, 2, 0]);
    expect(dropped(['Chairman', 'Alan', 'Greenspan'], [3, 1, 2])).toEqual([0, 1, 2]);
  });

  it('leaves an organisation not followed by a person, and one ending in another word', () => {
    expect(dropped(['the', 'Supreme', 'Court', 'Justice', 'said'], [0, 3, 4, 4, 0])).toEqual([0, 3, 4, 4, 0]);
    expect(dropped(['Supreme', 'Court', 'Ruth', 'Ginsburg'], [3, 4, 1, 2])).toEqual([3, 4, 1, 2]);
    expect(dropped(['Office', 'of', 'the', 'President'], [3, 4, 4, 4])).toEqual([3, 4, 4, 4]);
  });
});
