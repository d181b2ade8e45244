/**
 * Where an article's end-to-end time goes, from the timestamps the stages store anyway: each
 * stage's inbox claim (`processed_at`, Postgres now() at the start of its batch transaction) is
 * found by the deterministic id of the event it consumed, so the gap between two stages' claims
 * is the earlier stage's batch (handler, commit, publish with confirm) plus the broker hop plus
 * the later stage's wait for a batch to start (linger, a batch already running, prefetch).
 */
import { appendFileSync } from 'fs';
import { Client } from 'pg';
import { stageEventId, StageName, Stages, stageSchema, STAGE_NAMES } from '@newswire/contracts';
import { latencySummary, LatencySummary } from './percentiles';

/** `submit → ingest` is the client's submission time to ingest's claim; the others are claim to claim. */
export type Hop = 'submit → ingest' | 'ingest → parse' | 'parse → entity-extract' | 'entity-extract → publish';

export interface StageClaims {
  /** Article id → when each stage claimed the article's event (ms since the epoch). */
  claimedAt: Record<StageName, Map<string, number>>;
}

/** Reads each stage's claim of each article: ingest's is its raw article's `received_at` (same transaction). */
export async function readStageClaims(databaseUrl: string): Promise<StageClaims> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const epochMs = (column: string) => `EXTRACT(EPOCH FROM ${column}) * 1000`;
    const ingest = await client.query<{ id: string; ms: number }>(`SELECT id, ${epochMs('received_at')} AS ms FROM ingest.raw_articles`);
    const claimedAt = { ingest: new Map(ingest.rows.map((r) => [r.id, Number(r.ms)])) } as StageClaims['claimedAt'];
    for (const stage of STAGE_NAMES.filter((s) => s !== 'ingest')) {
      const { rows } = await client.query<{ message_id: string; ms: number }>(
        `SELECT message_id, ${epochMs('processed_at')} AS ms FROM "${stageSchema(stage)}".inbox`,
      );
      const byMessage = new Map(rows.map((r) => [r.message_id, Number(r.ms)]));
      claimedAt[stage] = new Map();
      for (const id of claimedAt.ingest.keys()) {
        const ms = byMessage.get(stageEventId(Stages[stage].consumes, id));
        if (ms !== undefined) claimedAt[stage].set(id, ms);
      }
    }
    return { claimedAt };
  } finally {
    await client.end();
  }
}

/** Percentiles of each hop over the articles every stage of it claimed. */
export function hopSummaries(submittedAtMs: Map<string, number>, claims: StageClaims): Record<Hop, LatencySummary> {
  const pairs: Array<[Hop, Map<string, number>, Map<string, number>]> = [
    ['submit → ingest', submittedAtMs, claims.claimedAt.ingest],
    ['ingest → parse', claims.claimedAt.ingest, claims.claimedAt.parse],
    ['parse → entity-extract', claims.claimedAt.parse, claims.claimedAt['entity-extract']],
    ['entity-extract → publish', claims.claimedAt['entity-extract'], claims.claimedAt.publish],
  ];
  const result = {} as Record<Hop, LatencySummary>;
  for (const [hop, from, to] of pairs) {
    const gaps: number[] = [];
    for (const [id, start] of from) {
      const end = to.get(id);
      if (end !== undefined) gaps.push(end - start);
    }
    result[hop] = gaps.length > 0 ? latencySummary(gaps) : { p50: NaN, p95: NaN, p99: NaN };
  }
  return result;
}

/** One JSON line per article: its run, and ms since the run's first submission at each step (null where it never got). */
export function appendTimeline(file: string, run: string, submittedAtMs: Map<string, number>, claims: StageClaims, arrivedAtMs: Map<string, number>): void {
  const start = Math.min(...submittedAtMs.values());
  const at = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms - start));
  const lines = [...submittedAtMs].map(([id, submitted]) => {
    const stages = Object.fromEntries(STAGE_NAMES.map((stage) => [stage, at(claims.claimedAt[stage].get(id))]));
    return JSON.stringify({ run, articleId: id, submitted: at(submitted), ...stages, arrived: at(arrivedAtMs.get(id)) });
  });
  appendFileSync(file, `${lines.join('\n')}\n`);
}
