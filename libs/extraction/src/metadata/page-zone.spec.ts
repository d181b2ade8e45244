import { inZone, pageZone } from './page-zone';
import { dateCandidates } from './candidates';

const proposals = (...values: Array<string | null>) => values.map((value, i) => ({ source: `s${i}`, value }));

describe('pageZone', () => {
  it('reads the zone from one moment written as a UTC instant and on the page clock', () => {
    expect(pageZone(proposals('2023-11-09T01:09:55Z', '2023-11-08T18:09:55'))).toBe(-7 * 60);
    expect(pageZone(proposals('2020-03-01T23:40:12+00:00', '2020-03-02T05:10:12'))).toBe(5.5 * 60);
  });

  it('takes no zone from clocks that agree only on the hour, or from a day alone', () => {
    expect(pageZone(proposals('2023-11-09T05:00:00Z', '2023-11-08T22:00:00'))).toBeNull();
    expect(pageZone(proposals('2023-11-09T01:09:55Z', '2023-11-08'))).toBeNull();
  });

  it('takes the one non-UTC offset the dates carry, and none when they carry two', () => {
    expect(pageZone(proposals('2017-07-03T19:17:54Z', '2017-07-03T20:20:00+01:00'))).toBe(60);
    expect(pageZone(proposals('2017-07-03T19:17:54Z', '2017-07-03T20:20:00+01:00', '2017-07-03T20:20:00+02:00'))).toBeNull();
    expect(pageZone(proposals('2017-07-03T19:17:54Z'))).toBeNull();
  });
});

describe('inZone', () => {
  it('writes the instant on the zone clock with its offset', () => {
    expect(inZone('2023-11-09T01:09:55Z', -420)).toBe('2023-11-08T18:09:55-07:00');
    expect(inZone('2020-03-01T23:40:12+00:00', 330)).toBe('2020-03-02T05:10:12+05:30');
  });
});

describe('dateCandidates in the page zone', () => {
  it('puts a UTC instant on the publisher day, with the printed clock', () => {
    const candidates = dateCandidates(
      [
        { source: 'json-ld-published', value: '2023-11-09T01:09:55Z' },
        { source: 'time-first', value: '2023-11-08T18:09:55' },
      ],
      { urlDate: null, isArticle: true, isProduct: false },
    );
    expect(candidates.map((c) => c.key)).toEqual(['2023-11-08', '']);
    expect(candidates[0].value).toBe('2023-11-08T18:09:55-07:00');
  });

  it('still proposes the neighbouring day of a UTC instant when the zone is unknown', () => {
    const candidates = dateCandidates([{ source: 'json-ld-published', value: '2023-11-09T01:09:55Z' }], { urlDate: null, isArticle: true, isProduct: false });
    expect(candidates.map((c) => c.key)).toEqual(['2023-11-09', '2023-11-08', '']);
  });
});
