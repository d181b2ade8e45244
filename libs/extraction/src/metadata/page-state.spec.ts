import { readPageState } from './page-state';

describe('readPageState', () => {
  it('reads dates under published, modified and created keys of JSON page state', () => {
    const next = JSON.stringify({ props: { pageProps: { article: { publishedAt: '2021-03-04T08:00:00Z', updatedAt: '2021-03-05T10:00:00Z' } } } });
    expect(readPageState([`self.__NEXT_DATA__ = ${next}`])).toEqual({
      published: ['2021-03-04T08:00:00Z'],
      modified: ['2021-03-05T10:00:00Z'],
      created: [],
      authors: [],
    });
    expect(readPageState(['{"photo":{"created_at":"2013-02-16T04:36:36-05:00"}}']).created).toEqual(['2013-02-16T04:36:36-05:00']);
    // Every key is read, not only those a quick search for common parts would find.
    for (const key of ['publicationDate', 'creationDate', 'pubDate', 'release_date', 'lastModified', 'dateUpdated'])
      expect(Object.values(readPageState([`{"${key}":"2020-05-04"}`])).flat()).toEqual(['2020-05-04']);
  });

  it('reads JavaScript objects, JSON inside a string, and Unix times', () => {
    expect(readPageState(["dataLayer.push({'publish_date': '2020-05-04', 'author': 'Jane Doe'})"])).toMatchObject({
      published: ['2020-05-04'],
      authors: ['Jane Doe'],
    });
    expect(readPageState(['window.__STATE__ = JSON.parse("{\\"datePublished\\":\\"2019-11-19T10:00:00+01:00\\"}")']).published).toEqual([
      '2019-11-19T10:00:00+01:00',
    ]);
    expect(readPageState(['var meta = {"firstPublished": 1604000000}']).published).toEqual(['2020-10-29T19:33:20Z']);
  });

  it('leaves values that are not dates', () => {
    expect(readPageState(['{"publishDate":"unknown","pubDate":"abcd-12","published_at":12345}']).published).toEqual([]);
    expect(readPageState(['{"release_date":"0001-01-01T00:00:00Z"}']).published).toEqual([]);
  });

  it('reads the names of an author key: a string, an object, a list', () => {
    expect(readPageState(['{"author":{"id":7,"name":"Jane Doe","avatar":{"name":"x.png"}}}']).authors).toEqual(['Jane Doe']);
    expect(readPageState(['{"authors":[{"name":"Jane Doe"},{"name":"John Roe"}]}']).authors).toEqual(['Jane Doe', 'John Roe']);
    expect(readPageState(['{"byline":["Jane Doe","John Roe"]}']).authors).toEqual(['Jane Doe', 'John Roe']);
    expect(readPageState(['{"author":null,"authorName":"Jane Doe"}']).authors).toEqual(['Jane Doe']);
    // A name given as its address slug.
    expect(readPageState(['{"author":"jane-doe"}']).authors).toEqual(['Jane Doe']);
    expect(readPageState(['{"author":"janedoe"}']).authors).toEqual(['janedoe']);
  });
});
