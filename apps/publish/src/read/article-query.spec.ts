import { InvalidQuery, parseArticleQuery } from './article-query';
import { encodeCursor } from './page-cursor';

describe('GET /articles query', () => {
  it('defaults to newest first, and to relevance with a search', () => {
    expect(parseArticleQuery({})).toEqual({ sort: 'date', limit: 20 });
    expect(parseArticleQuery({ q: ' uranium ' })).toMatchObject({ q: 'uranium', sort: 'relevance' });
    expect(parseArticleQuery({ q: 'uranium', sort: 'date' })).toMatchObject({ sort: 'date' });
  });

  it('reads filters, dates and the cursor', () => {
    const cursor = { sort: 'date' as const, key: '2026-01-01T00:00:00.000000Z', seq: 3, maxSeq: 10 };
    expect(
      parseArticleQuery({
        entity: 'Kim',
        entityType: 'person',
        author: 'A',
        publisher: 'P',
        language: 'EN',
        from: '2020-01-01',
        to: '2021-01-01T12:00:00Z',
        limit: '50',
        cursor: encodeCursor(cursor),
      }),
    ).toEqual({
      entity: 'Kim',
      entityType: 'PERSON',
      author: 'A',
      publisher: 'P',
      language: 'en',
      from: new Date('2020-01-01T00:00:00Z'),
      to: new Date('2021-01-01T12:00:00Z'),
      sort: 'date',
      limit: 50,
      cursor,
    });
  });

  it('refuses invalid input with a reason', () => {
    const relevanceCursor = encodeCursor({ sort: 'relevance', key: 0.5, seq: 1, maxSeq: 1 });
    for (const raw of [
      { limit: '0' },
      { limit: '201' },
      { sort: 'relevance' },
      { sort: 'oldest' },
      { entityType: 'PLANET' },
      { from: 'yesterday' },
      { from: '2021-01-01', to: '2020-01-01' },
      { q: ['a', 'b'] },
      { q: '   ' },
      { cursor: 'garbage' },
      { cursor: relevanceCursor },
      { offset: '20' },
    ]) {
      expect(() => parseArticleQuery(raw)).toThrow(InvalidQuery);
    }
  });
});
