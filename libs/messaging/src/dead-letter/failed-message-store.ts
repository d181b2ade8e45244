import type { DataSource, QueryRunner } from 'typeorm';
import { preparedQuery } from '@newswire/persistence';

export interface FailedMessageRecord {
  messageId: string;
  queue: string;
  routingKey: string | null;
  reason: string;
  attempts: number;
  properties: Record<string, unknown>;
  content: Buffer;
}

export interface StoredFailedMessage extends FailedMessageRecord {
  id: string;
  failedAt: Date;
  replayedAt: Date | null;
}

/**
 * Postgres text and jsonb cannot hold NUL, and a hostile message's id, headers or the parser
 * error quoting it may contain one; the raw bytes are kept intact in `content` (bytea).
 */
export function storableText(value: string): string {
  return value.includes('\u0000') ? value.replace(/\u0000/g, '\\0') : value;
}

interface FailedMessageRow {
  id: string;
  message_id: string;
  queue: string;
  routing_key: string | null;
  reason: string;
  attempts: number;
  properties: Record<string, unknown>;
  content: Buffer;
  failed_at: Date;
  replayed_at: Date | null;
}

/** SQL of one schema's failed-messages table: dead-lettered messages with their reason, kept for replay. */
export class FailedMessageStore {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
  ) {
    this.table = `"${schema}".failed_messages`;
  }

  /** A message that fails again the same way after a replay is pending again, not a second row. */
  async record(runner: QueryRunner, failure: FailedMessageRecord): Promise<void> {
    await preparedQuery(
      runner,
      `INSERT INTO ${this.table} (message_id, queue, routing_key, reason, attempts, properties, content)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (message_id, attempts, reason) DO UPDATE SET failed_at = now(), replayed_at = NULL`,
      [
        storableText(failure.messageId),
        storableText(failure.queue),
        failure.routingKey === null ? null : storableText(failure.routingKey),
        storableText(failure.reason.slice(0, 4000)),
        failure.attempts,
        JSON.stringify(failure.properties, (_key, value) => (typeof value === 'string' ? storableText(value) : value)),
        failure.content,
      ],
    );
  }

  /** False when the stage never ran against this database (its schema was never migrated). */
  async exists(): Promise<boolean> {
    const [row]: Array<{ table: string | null }> = await this.dataSource.query(`SELECT to_regclass($1) AS table`, [this.table]);
    return row.table !== null;
  }

  /** Dead letters in the order they failed; pending ones only unless `includeReplayed`. */
  async list(options: { includeReplayed?: boolean } = {}): Promise<StoredFailedMessage[]> {
    const rows: FailedMessageRow[] = await this.dataSource.query(
      `SELECT * FROM ${this.table} ${options.includeReplayed ? '' : 'WHERE replayed_at IS NULL'} ORDER BY id`,
    );
    return rows.map((r) => ({
      id: String(r.id),
      messageId: r.message_id,
      queue: r.queue,
      routingKey: r.routing_key,
      reason: r.reason,
      attempts: r.attempts,
      properties: r.properties,
      content: r.content,
      failedAt: r.failed_at,
      replayedAt: r.replayed_at,
    }));
  }

  /** Dead letters waiting for a replay (the metrics' pending gauge). */
  async countPending(): Promise<number> {
    const [row]: Array<{ n: number }> = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.table} WHERE replayed_at IS NULL`);
    return row.n;
  }

  async markReplayed(ids: string[]): Promise<void> {
    await this.dataSource.query(`UPDATE ${this.table} SET replayed_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
  }
}
