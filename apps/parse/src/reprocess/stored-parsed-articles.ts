import type { QueryRunner } from 'typeorm';
import { ArticleParsedV1, EventTypes } from '@newswire/contracts';
import { EventOrigin, outgoingEvent } from '@newswire/messaging';
import { preparedQuery } from '@newswire/persistence';
import { ReemittedArticle, ReprocessSelection, StoredArticleSource } from '@newswire/stage-runtime';

// The selection of a reprocess run over parse.parsed_articles: ids, parsed since, after the cursor.
const SELECTION = `($1::uuid[] IS NULL OR article_id = ANY($1)) AND ($2::timestamptz IS NULL OR parsed_at >= $2)`;

interface ParsedArticleRow {
  article_id: string;
  url: string | null;
  canonical_url: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publisher: string | null;
  published_at: string | null;
  language: string | null;
  paragraphs: string[];
  word_count: number;
}

/**
 * parse.parsed_articles as the input of an entity-extract reprocess run: each article's article.parsed
 * again, from the stored parse (the parser does not run). The row takes the run's revision, so an older
 * run's article.ingested arriving later cannot replace it.
 */
export class StoredParsedArticles implements StoredArticleSource {
  async count(queryRunner: QueryRunner, { articleIds, since }: Omit<ReprocessSelection, 'after' | 'limit'>): Promise<number> {
    const [{ n }] = await preparedQuery<{ n: number }>(queryRunner, `SELECT count(*)::int AS n FROM parse.parsed_articles WHERE ${SELECTION}`, [
      articleIds,
      since,
    ]);
    return n;
  }

  async selectPage(queryRunner: QueryRunner, { articleIds, since, after, limit }: ReprocessSelection): Promise<string[]> {
    const rows = await preparedQuery<{ article_id: string }>(
      queryRunner,
      `SELECT article_id FROM parse.parsed_articles WHERE ${SELECTION} AND ($3::uuid IS NULL OR article_id > $3) ORDER BY article_id LIMIT $4 FOR UPDATE`,
      [articleIds, since, after, limit],
    );
    return rows.map((row) => row.article_id);
  }

  async reemit(queryRunner: QueryRunner, articleIds: string[], revision: number, origin: (articleId: string) => EventOrigin): Promise<ReemittedArticle[]> {
    if (articleIds.length === 0) return [];
    const rows = await preparedQuery<ParsedArticleRow>(
      queryRunner,
      `UPDATE parse.parsed_articles SET revision = $2 WHERE article_id = ANY($1::uuid[]) AND revision < $2
       RETURNING article_id, url, canonical_url, title, subtitle, authors, publisher, published_at, language, paragraphs, word_count`,
      [articleIds, revision],
    );
    return rows.map((row) => ({ articleId: row.article_id, event: outgoingEvent(EventTypes.ArticleParsed, parsedPayload(row), origin(row.article_id)) }));
  }
}

function parsedPayload(row: ParsedArticleRow): ArticleParsedV1 {
  return {
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    subtitle: row.subtitle,
    authors: row.authors,
    publisher: row.publisher,
    publishedAt: row.published_at,
    language: row.language,
    paragraphs: row.paragraphs,
    wordCount: row.word_count,
  };
}
