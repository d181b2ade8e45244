import { latencySummary, percentile } from './percentiles';

describe('percentile (nearest rank)', () => {
  it('picks the value at rank ceil(p/100 * n) of the sorted values, whatever the input order', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1
    expect(latencySummary(values)).toEqual({ p50: 50, p95: 95, p99: 99 });
  });

  it('returns the maximum for p99 of fewer than 100 values and the single value of one', () => {
    expect(percentile([3, 1, 2], 99)).toBe(3);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([7], 50)).toBe(7);
  });

  it('does not sort its input in place', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values and percentiles outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow('no values');
    expect(() => percentile([1], 0)).toThrow('not in (0, 100]');
  });
});
