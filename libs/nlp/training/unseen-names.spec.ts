import { labelledNames, unseenNameScore } from './unseen-names';

describe('NER scored on unseen names', () => {
  const training = [{ tokens: ['Angela', 'Merkel', 'met', 'EU', 'leaders'], tags: ['B-PER', 'I-PER', 'O', 'B-ORG', 'O'] }];

  it('collects the labelled names lower-cased, whatever their type', () => {
    expect(labelledNames(training)).toEqual(new Set(['angela merkel', 'eu']));
  });

  it('scores only entities whose name was not labelled in training, on exact span and type', () => {
    const tokens = ['Merkel', 'and', 'Olaf', 'Scholz', 'visited', 'EU', 'offices', 'in', 'Bonn', 'and', 'Kiel'];
    const gold = ['B-PER', 'O', 'B-PER', 'I-PER', 'O', 'B-ORG', 'O', 'O', 'B-LOC', 'O', 'B-LOC'];
    // "Merkel" alone is unseen (only "Angela Merkel" was labelled) and found; "Olaf Scholz" is cut short;
    // "EU" was seen and is not counted; "Bonn" found with the wrong type; "Kiel" found; "offices" spurious.
    const predicted = ['B-PER', 'O', 'B-PER', 'O', 'O', 'B-LOC', 'B-ORG', 'O', 'B-ORG', 'O', 'B-LOC'];
    const s = unseenNameScore([{ tokens, gold, predicted }], labelledNames(training));
    expect(s).toMatchObject({ gold: 4, predicted: 5, correct: 2 });
    expect(s.p).toBeCloseTo(2 / 5);
    expect(s.r).toBeCloseTo(2 / 4);
    expect(s.f).toBeCloseTo((2 * 0.4 * 0.5) / 0.9);
  });

  it('scores nothing as zero, not as a division by zero', () => {
    expect(unseenNameScore([{ tokens: ['EU'], gold: ['B-ORG'], predicted: ['B-ORG'] }], labelledNames(training))).toMatchObject({ gold: 0, f: 0 });
  });
});
