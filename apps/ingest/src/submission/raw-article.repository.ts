import type { QueryRunner } from 'typeorm';
import { preparedQuery } from '@newswire/persistence';
import { NormalizedSubmission } from './normalize-submission';

/** A submission as ingest keeps it: the article id and content hash derived from it. */
export interface RawArticle {
  articleId: string;
  contentHash: string;
  article: NormalizedSubmission;
}

/** ingest.raw_articles: the article exactly as submitted. */
export class RawArticleRepository {
  /** Inserts the article; returns false when the same content was already ingested. */
  async insertIfNew(queryRunner: QueryRunner, { articleId, contentHash, article }: RawArticle): Promise<{ inserted: boolean; receivedAt: Date }> {
    const inserted = await preparedQuery<{ received_at: Date }>(
      queryRunner,
      `INSERT INTO ingest.raw_articles (id, content_hash, source, url, external_id, content_type, content, title, body, fetched_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (content_hash) DO NOTHING RETURNING received_at`,
      [
        articleId,
        contentHash,
        article.source ?? null,
        article.url ?? null,
        article.externalId ?? null,
        article.contentType,
        article.content,
        article.title ?? null,
        article.body ?? null,
        article.fetchedAt ?? null,
      ],
    );
    if (inserted.length > 0) return { inserted: true, receivedAt: inserted[0].received_at };
    const [existing] = await preparedQuery<{ received_at: Date }>(
      queryRunner,
      `UPDATE ingest.raw_articles SET submission_count = submission_count + 1 WHERE content_hash = $1 RETURNING received_at`,
      [contentHash],
    );
    return { inserted: false, receivedAt: existing.received_at };
  }
}
