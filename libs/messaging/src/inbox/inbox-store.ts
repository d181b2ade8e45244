import type { DataSource, QueryRunner } from 'typeorm';
import { preparedQuery } from '@newswire/persistence';

export interface InboxEntry {
  messageId: string;
  messageType: string;
  contentHash: string;
}

/** `new`: first time seen; `duplicate`: already processed; `conflict`: id reused with other content. */
export type InboxClaim = 'new' | 'duplicate' | 'conflict';

/** SQL of one schema's inbox table: the record that makes every consumer idempotent. */
export class InboxStore {
  private readonly table: string;

  constructor(schema: string) {
    this.table = `"${schema}".inbox`;
  }

  /** Claims a batch of message ids in one statement (inside the batch's transaction). */
  async claim(runner: QueryRunner, entries: InboxEntry[]): Promise<InboxClaim[]> {
    const claims: InboxClaim[] = new Array(entries.length);
    const firstIndex = new Map<string, number>();
    const unique: InboxEntry[] = [];
    entries.forEach((entry, i) => {
      const first = firstIndex.get(entry.messageId);
      if (first === undefined) {
        firstIndex.set(entry.messageId, i);
        unique.push(entry);
      } else {
        // The same id twice in one batch: the later copy is a duplicate (or a conflict).
        claims[i] = entries[first].contentHash === entry.contentHash ? 'duplicate' : 'conflict';
      }
    });
    if (unique.length === 0) return claims;
    const inserted = await preparedQuery<{ message_id: string }>(
      runner,
      `INSERT INTO ${this.table} (message_id, message_type, content_hash)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
      [unique.map((e) => e.messageId), unique.map((e) => e.messageType), unique.map((e) => e.contentHash)],
    );
    const fresh = new Set(inserted.map((row) => row.message_id));
    const seen = unique.filter((e) => !fresh.has(e.messageId));
    const knownHashes = new Map<string, string>();
    if (seen.length > 0) {
      const rows = await preparedQuery<{ message_id: string; content_hash: string }>(
        runner,
        `SELECT message_id, content_hash FROM ${this.table} WHERE message_id = ANY($1::text[])`,
        [seen.map((e) => e.messageId)],
      );
      for (const row of rows) knownHashes.set(row.message_id, row.content_hash);
    }
    for (const entry of unique) {
      const i = firstIndex.get(entry.messageId)!;
      if (fresh.has(entry.messageId)) claims[i] = 'new';
      else claims[i] = knownHashes.get(entry.messageId) === entry.contentHash ? 'duplicate' : 'conflict';
    }
    return claims;
  }

  /** Forgets a claim whose handling failed, so its retry is processed. */
  async release(runner: QueryRunner, messageId: string): Promise<void> {
    await preparedQuery(runner, `DELETE FROM ${this.table} WHERE message_id = $1`, [messageId]);
  }

  /**
   * Forgets claims processed before `cutoff`, a slice at a time so no statement holds many row
   * locks. Returns how many were deleted. Redeliveries arrive within minutes, and every stage's
   * output is keyed by article, so a message older than the retention is still harmless if it ever
   * came back.
   */
  async prune(dataSource: DataSource, cutoff: Date, slice = 5000): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ deleted }]: Array<{ deleted: number }> = await dataSource.query(
        `WITH gone AS (
           DELETE FROM ${this.table} WHERE ctid IN (SELECT ctid FROM ${this.table} WHERE processed_at < $1 LIMIT $2) RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
        [cutoff, slice],
      );
      total += deleted;
      if (deleted < slice) return total;
    }
  }
}
