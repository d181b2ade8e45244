import { findRuleEntities } from './rule-entities';

const found = (s: string): string[] => findRuleEntities(s).map((r) => `${r.type}:${s.slice(r.start, r.end)}`);

describe('findRuleEntities', () => {
  it('finds dates, times, money, percentages and quantities', () => {
    expect(found('On Monday, Dec. 5, 2008 at 10:30 a.m. the won fell 3.5 percent to $1.2 billion over 15 km.')).toEqual([
      'DATE:Monday',
      'DATE:Dec. 5, 2008',
      'TIME:10:30 a.m.',
      'PERCENT:3.5 percent',
      'MONEY:$1.2 billion',
      'QUANTITY:15 km',
    ]);
  });

  it('does not take the modal verb May for a date', () => {
    expect(found('May we go? In May 2009 we went.')).toEqual(['DATE:May 2009']);
  });

  it('is empty for text without such expressions', () => {
    expect(found('nothing to see here')).toEqual([]);
  });
});
