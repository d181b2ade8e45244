import { EventTypes } from '@newswire/contracts';
import { StoredArticleTable } from '@newswire/stage-runtime';

interface ParsedArticleRow {
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
export const STORED_PARSED_ARTICLES: StoredArticleTable<typeof EventTypes.ArticleParsed, ParsedArticleRow> = {
  table: 'parse.parsed_articles',
  idColumn: 'article_id',
  timeColumn: 'parsed_at',
  columns: ['url', 'canonical_url', 'title', 'subtitle', 'authors', 'publisher', 'published_at', 'language', 'paragraphs', 'word_count'],
  eventType: EventTypes.ArticleParsed,
  payload: (row) => ({
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
  }),
};
