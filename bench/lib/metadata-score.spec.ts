import { emptyTally, scoreMetadataPage } from './metadata-score';
import { MetadataLabel } from './corpora';

const label = (fields: Partial<MetadataLabel>): MetadataLabel => ({ url: '', with: [], without: [], ...fields });
const guess = { title: 'The Headline', authors: ['Jane Doe'], date: '2020-03-18T23:30:00+01:00', body: '' };

describe('scoreMetadataPage (the reviewers’ scorer, issue 12)', () => {
  it('scores title folded, authors as a set split on ; , & and "and", date on the first YYYY-MM-DD', () => {
    const t = emptyTally();
    const v = scoreMetadataPage(
      label({ title: ' the  HEADLINE', author: 'John Roe and Jane Doe', date: '2020-03-18' }),
      { ...guess, authors: ['jane doe', 'John Roe'] },
      t,
    );
    expect(v).toMatchObject({ title: true, author: true, date: true });
    expect([t.title, t.author, t.date]).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('does not score a field labelled empty, and counts apart whether a value was returned there', () => {
    const t = emptyTally();
    const v = scoreMetadataPage(label({ title: 'The Headline', author: '', date: '' }), guess, t);
    expect(v.author).toBeUndefined();
    expect(v.date).toBeUndefined();
    expect([t.author, t.date]).toEqual([
      [0, 0],
      [0, 0],
    ]);
    expect([t.emptyAuthor, t.emptyDate]).toEqual([
      [1, 1],
      [1, 1],
    ]);
    scoreMetadataPage(label({ author: '', date: '' }), { ...guess, authors: [], date: null }, t);
    expect([t.emptyAuthor, t.emptyDate]).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('does not score a field the label leaves out', () => {
    const t = emptyTally();
    scoreMetadataPage(label({}), guess, t);
    expect([t.title, t.author, t.date, t.emptyAuthor, t.emptyDate]).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  it('counts a wrong day and missing authors as misses', () => {
    const t = emptyTally();
    const v = scoreMetadataPage(label({ author: 'Jane Doe; John Roe', date: '2020-03-17' }), guess, t);
    expect(v).toMatchObject({ author: false, date: false });
    expect([t.author, t.date]).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });
});
