import type { DataSource, QueryRunner } from 'typeorm';
import { preparedQuery, preparedQueryOnce } from '@newswire/persistence';
import type { TraceHeaders } from '@newswire/tracing';
import { withoutAttachment } from '../transport/event-body';
import { AttachmentSource, restoreAttachments } from './outbox-attachments';

export interface OutboxRow {
  id: string;
  routingKey: string;
  correlationId: string;
  /** The envelope encoded once (encodeEventBody): stored (bytea, sent binary) and published as these same bytes. */
  body: Buffer;
  /** Trace context of the work that wrote the row; its publish continues that trace. */
  traceContext?: TraceHeaders | null;
}

/** SQL of one schema's outbox table; rows are inserted in the stage's transaction. */
export class OutboxStore {
  private readonly table: string;

  /** With `attachments`, events are stored without their attached text, which is read back from there. */
  constructor(
    private readonly dataSource: DataSource,
    schema: string,
    private readonly attachments?: AttachmentSource,
  ) {
    this.table = `"${schema}".outbox`;
  }

  /**
   * One statement for the whole batch; an id already there (re-emission) is a no-op. `confirmedIds`,
   * rows published and confirmed earlier (OutboxRelay.takeConfirmed), are deleted by the same statement.
   */
  async insert(runner: QueryRunner, rows: OutboxRow[], confirmedIds: string[] = []): Promise<void> {
    if (rows.length === 0) return this.delete(confirmedIds, runner);
    // Multi-row VALUES rather than unnest(arrays): event bodies can be whole pages, and array
    // parameters would be escaped into one huge array literal and parsed again by the server.
    const values = rows.map((_, i) => `($${i * 5 + 2}, $${i * 5 + 3}, $${i * 5 + 4}, $${i * 5 + 5}, $${i * 5 + 6}::jsonb)`).join(', ');
    await preparedQuery(
      runner,
      `WITH confirmed AS (DELETE FROM ${this.table} WHERE id = ANY($1::text[]))
       INSERT INTO ${this.table} (id, routing_key, correlation_id, body, trace_context) VALUES ${values} ON CONFLICT (id) DO NOTHING`,
      [
        confirmedIds,
        ...rows.flatMap((r) => [
          r.id,
          r.routingKey,
          r.correlationId,
          this.attachments ? withoutAttachment(r.body) : r.body,
          r.traceContext ? JSON.stringify(r.traceContext) : null,
        ]),
      ],
    );
  }

  async delete(ids: string[], runner?: QueryRunner): Promise<void> {
    if (ids.length === 0) return;
    const sql = `DELETE FROM ${this.table} WHERE id = ANY($1::text[])`;
    await (runner ? preparedQuery(runner, sql, [ids]) : preparedQueryOnce(this.dataSource, sql, [ids]));
  }

  /**
   * Whether any row is older than `graceMs`, leaving out the ids in `except`: one lock-free statement,
   * so an idle sweep costs one round trip.
   */
  async hasStale(graceMs: number, except: string[] = []): Promise<boolean> {
    const [row] = await preparedQueryOnce<{ stale: boolean }>(
      this.dataSource,
      `SELECT EXISTS (SELECT 1 FROM ${this.table}
         WHERE created_at < now() - make_interval(secs => $1::double precision / 1000) AND NOT (id = ANY($2::text[]))) AS stale`,
      [graceMs, except],
    );
    return row.stale;
  }

  /** Locks up to `limit` rows older than `graceMs`, other than those in `except`, that no other relay holds. */
  async lockStale(runner: QueryRunner, graceMs: number, limit: number, except: string[] = []): Promise<OutboxRow[]> {
    const rows = await preparedQuery<{ id: string; routing_key: string; correlation_id: string; body: Buffer; trace_context: TraceHeaders | null }>(
      runner,
      `SELECT id, routing_key, correlation_id, body, trace_context FROM ${this.table}
       WHERE created_at < now() - make_interval(secs => $1::double precision / 1000) AND NOT (id = ANY($3::text[]))
       ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [graceMs, limit, except],
    );
    const locked = rows.map((r) => ({ id: r.id, routingKey: r.routing_key, correlationId: r.correlation_id, body: r.body, traceContext: r.trace_context }));
    return this.attachments ? restoreAttachments(runner, locked, this.attachments) : locked;
  }

  /** Rows not yet published (the metrics' outbox backlog). */
  async count(): Promise<number> {
    const [row] = await preparedQueryOnce<{ n: number }>(this.dataSource, `SELECT count(*)::int AS n FROM ${this.table}`, []);
    return row.n;
  }
}
