import type { QueryRunner } from 'typeorm';
import { ArticleIngestedV1, EventTypes } from '@newswire/contracts';
import { EventOrigin, outgoingEvent } from '@newswire/messaging';
import { preparedQuery } from '@newswire/persistence';
import { ReemittedArticle, ReprocessSelection, StoredArticleSource } from '@newswire/stage-runtime';

// The selection of a reprocess run over ingest.raw_articles: ids, received since, after the cursor.
const SELECTION = `($1::uuid[] IS NULL OR id = ANY($1)) AND ($2::timestamptz IS NULL OR received_at >= $2)`;

interface RawArticleRow {
  id: string;
  source: string | null;
  url: string | null;
  content_type: ArticleIngestedV1['contentType'];
  content: string;
  content_hash: string;
  received_at: Date;
  title: string | null;
  body: string | null;
}

/** ingest.raw_articles as the input of a parse reprocess run: each article's article.ingested again. */
export class StoredRawArticles implements StoredArticleSource {
  async count(queryRunner: QueryRunner, { articleIds, since }: Omit<ReprocessSelection, 'after' | 'limit'>): Promise<number> {
    const [{ n }] = await preparedQuery<{ n: number }>(queryRunner, `SELECT count(*)::int AS n FROM ingest.raw_articles WHERE ${SELECTION}`, [
      articleIds,
      since,
    ]);
    return n;
  }

  async selectPage(queryRunner: QueryRunner, { articleIds, since, after, limit }: ReprocessSelection): Promise<string[]> {
    const rows = await preparedQuery<{ id: string }>(
      queryRunner,
      `SELECT id FROM ingest.raw_articles WHERE ${SELECTION} AND ($3::uuid IS NULL OR id > $3) ORDER BY id LIMIT $4 FOR UPDATE`,
      [articleIds, since, after, limit],
    );
    return rows.map((row) => row.id);
  }

  async reemit(queryRunner: QueryRunner, articleIds: string[], revision: number, origin: (articleId: string) => EventOrigin): Promise<ReemittedArticle[]> {
    if (articleIds.length === 0) return [];
    const rows = await preparedQuery<RawArticleRow>(
      queryRunner,
      `UPDATE ingest.raw_articles SET revision = $2 WHERE id = ANY($1::uuid[]) AND revision < $2
       RETURNING id, source, url, content_type, content, content_hash, received_at, title, body`,
      [articleIds, revision],
    );
    return rows.map((row) => ({ articleId: row.id, event: outgoingEvent(EventTypes.ArticleIngested, ingestedPayload(row), origin(row.id)) }));
  }
}

function ingestedPayload(row: RawArticleRow): ArticleIngestedV1 {
  return {
    source: row.source,
    url: row.url,
    contentType: row.content_type,
    content: row.content,
    contentHash: row.content_hash,
    receivedAt: row.received_at.toISOString(),
    title: row.title,
    body: row.body,
  };
}
