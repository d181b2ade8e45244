import { hopSummaries, StageClaims } from './stage-hops';

const claims = (rows: Record<string, [number, number, number, number]>): StageClaims => {
  const at = (k: number) => new Map(Object.entries(rows).map(([id, times]) => [id, times[k]]));
  return { claimedAt: { ingest: at(0), parse: at(1), 'entity-extract': at(2), publish: at(3) } };
};

describe('hopSummaries', () => {
  it('gives each hop the gap between the two claims of the same article', () => {
    const summary = hopSummaries(new Map([['a', 0]]), claims({ a: [5, 25, 60, 100] }));
    expect(summary['submit → ingest'].p50).toBe(5);
    expect(summary['ingest → parse'].p50).toBe(20);
    expect(summary['parse → entity-extract'].p50).toBe(35);
    expect(summary['entity-extract → publish'].p99).toBe(40);
  });

  it('leaves out an article a later stage never claimed, instead of counting a gap it does not have', () => {
    const stages = claims({ a: [0, 10, 20, 30], b: [0, 500, 20, 30] });
    stages.claimedAt.publish.delete('b');
    const summary = hopSummaries(
      new Map([
        ['a', 0],
        ['b', 0],
      ]),
      stages,
    );
    expect(summary['ingest → parse'].p99).toBe(500);
    expect(summary['entity-extract → publish']).toEqual({ p50: 10, p95: 10, p99: 10 });
  });
});
