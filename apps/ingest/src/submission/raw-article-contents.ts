import type { QueryRunner } from 'typeorm';
import { AttachmentSource } from '@newswire/messaging';
import { preparedQuery } from '@newswire/persistence';

/**
 * article.ingested's attached page is the raw article's content, so ingest's outbox keeps the event
 * without it and the sweep reads it back from here: a page stored once, not twice.
 */
export const rawArticleContents: AttachmentSource = {
  async find(runner: QueryRunner, articleIds: string[]): Promise<Map<string, string>> {
    const rows = await preparedQuery<{ id: string; content: string }>(runner, `SELECT id, content FROM ingest.raw_articles WHERE id = ANY($1::uuid[])`, [
      articleIds,
    ]);
    return new Map(rows.map((row) => [row.id, row.content]));
  },
};
