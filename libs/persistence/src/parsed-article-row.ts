import type { ParsedArticleFields } from '@newswire/contracts';

/**
 * The parsed article's columns (PARSED_ARTICLE_COLUMNS, and word_count beside them) as node-postgres
 * returns them: parse.parsed_articles and publish.documents both store a parsed article this way.
 */
export interface ParsedArticleRow {
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

/** The columns of ParsedArticleRow, in PARSED_ARTICLE_COLUMNS' order with word_count last. */
export const PARSED_ARTICLE_ROW_COLUMNS = [
  'url',
  'canonical_url',
  'title',
  'subtitle',
  'authors',
  'publisher',
  'published_at',
  'language',
  'paragraphs',
  'word_count',
] as const satisfies ReadonlyArray<keyof ParsedArticleRow>;

export function parsedArticleFromRow(row: ParsedArticleRow): ParsedArticleFields {
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

/**
 * Query parameters for PARSED_ARTICLE_COLUMNS after article_id (url … paragraphs, in that order; the
 * jsonb columns as JSON text). word_count is not among them: the two tables place it differently.
 */
export function parsedArticleParams(url: string | null, article: Omit<ParsedArticleFields, 'url' | 'wordCount'>): unknown[] {
  return [
    url,
    article.canonicalUrl,
    article.title,
    article.subtitle,
    JSON.stringify(article.authors),
    article.publisher,
    article.publishedAt,
    article.language,
    JSON.stringify(article.paragraphs),
  ];
}
