import type { QueryRunner } from 'typeorm';
import { preparedQuery } from '@newswire/persistence';
import type { ParsedArticle } from '@newswire/extraction';

/** parse.parsed_articles: the parse stage's output, with the removed boilerplate kept for audit. */
export class ParsedArticleRepository {
  /** Returns false when the article was parsed before (its event was then emitted already). */
  async insertIfNew(queryRunner: QueryRunner, articleId: string, url: string | null, article: ParsedArticle): Promise<boolean> {
    const rows = await preparedQuery(
      queryRunner,
      `INSERT INTO parse.parsed_articles
         (article_id, url, canonical_url, title, subtitle, authors, publisher, published_at, language, paragraphs, word_count, boilerplate)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (article_id) DO NOTHING RETURNING article_id`,
      [
        articleId,
        url,
        article.canonicalUrl,
        article.title,
        article.subtitle,
        JSON.stringify(article.authors),
        article.publisher,
        article.publishedAt,
        article.language,
        JSON.stringify(article.paragraphs),
        article.wordCount,
        JSON.stringify(article.boilerplate),
      ],
    );
    return rows.length > 0;
  }
}
