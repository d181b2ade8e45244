import type { QueryRunner } from 'typeorm';
import { parsedArticleParams, preparedQuery } from '@newswire/persistence';
import type { ParsedArticle } from '@newswire/extraction';

/** parse.parsed_articles: the parse stage's output, with the removed boilerplate kept for audit. */
export class ParsedArticleRepository {
  /**
   * Stores the article parsed in a run of `revision` (0: the first). Returns false when a row of this
   * revision or a later one is there already (its event was then emitted already); a later revision
   * replaces the row.
   */
  async storeIfNewer(queryRunner: QueryRunner, articleId: string, url: string | null, article: ParsedArticle, revision: number): Promise<boolean> {
    const rows = await preparedQuery(
      queryRunner,
      `INSERT INTO parse.parsed_articles AS stored
         (article_id, url, canonical_url, title, subtitle, authors, publisher, published_at, language, paragraphs, word_count, boilerplate, revision)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (article_id) DO UPDATE SET
         url = excluded.url, canonical_url = excluded.canonical_url, title = excluded.title, subtitle = excluded.subtitle,
         authors = excluded.authors, publisher = excluded.publisher, published_at = excluded.published_at, language = excluded.language,
         paragraphs = excluded.paragraphs, word_count = excluded.word_count, boilerplate = excluded.boilerplate,
         revision = excluded.revision, parsed_at = now()
       WHERE stored.revision < excluded.revision
       RETURNING article_id`,
      [articleId, ...parsedArticleParams(url, article), article.wordCount, JSON.stringify(article.boilerplate), revision],
    );
    return rows.length > 0;
  }
}
