import { decodeCursor, encodeCursor, InvalidCursor } from './page-cursor';

describe('page cursor', () => {
  it('round-trips date and rank positions exactly', () => {
    const byDate = { sort: 'date' as const, key: '2026-12-01T23:11:51.123456Z', seq: 42, maxSeq: 900 };
    const byRank = { sort: 'relevance' as const, key: 0.0123456789, seq: 7, maxSeq: 900 };
    expect(decodeCursor(encodeCursor(byDate))).toEqual(byDate);
    expect(decodeCursor(encodeCursor(byRank))).toEqual(byRank);
  });

  it('refuses anything it did not issue', () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const text of [
      'nonsense',
      forged({}),
      forged(['date', 'not a date', 1, 2]),
      forged(['relevance', '0.5', 1, 2]),
      forged(['date', '2026-01-01', -1, 2]),
    ]) {
      expect(() => decodeCursor(text)).toThrow(InvalidCursor);
    }
  });
});
