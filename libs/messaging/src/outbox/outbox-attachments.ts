import type { QueryRunner } from 'typeorm';
import { lacksAttachment, withAttachment } from '../transport/event-body';
import type { OutboxRow } from './outbox-store';

/**
 * Where a stage's own tables keep the attached text of the events it emits (contracts'
 * ATTACHED_FIELD: ingest's article.ingested page is ingest.raw_articles.content). Given one, the
 * stage's outbox stores those events without the text (a claim check within the stage) and the
 * sweep restores it before publishing a leftover row; the consumer publishes from memory, so the
 * text is read back only after a crash or a broker outage.
 */
export interface AttachmentSource {
  /** The attached text of each article; an article missing from the map fails the sweep (retried), never publishes a cut event. */
  find(runner: QueryRunner, articleIds: string[]): Promise<Map<string, string>>;
}

/** Rows read back from the outbox with their attachments restored from the stage's tables. */
export async function restoreAttachments(runner: QueryRunner, rows: OutboxRow[], source: AttachmentSource): Promise<OutboxRow[]> {
  const detached = rows.filter((row) => lacksAttachment(row.body));
  if (detached.length === 0) return rows;
  const articleOf = new Map(detached.map((row) => [row, (JSON.parse(row.body.subarray(0, -1).toString('utf8')) as { articleId: string }).articleId]));
  const texts = await source.find(runner, [...new Set(articleOf.values())]);
  return rows.map((row) => {
    const articleId = articleOf.get(row);
    if (articleId === undefined) return row;
    const text = texts.get(articleId);
    if (text === undefined) throw new Error(`outbox row ${row.id}: the attached text of article ${articleId} is not in the stage's tables`);
    return { ...row, body: withAttachment(row.body, text) };
  });
}
