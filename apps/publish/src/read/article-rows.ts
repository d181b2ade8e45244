import type { ArticleHit, ArticleSummary } from './read-api.types';
import { snippetPieces } from './snippet';

/** A row of SUMMARY_COLUMNS as node-postgres returns it (bigint as text, timestamps as Date, jsonb parsed). */
export interface ArticleRow {
  seq: string;
  article_id: string;
  title: string | null;
  subtitle: string | null;
  url: string | null;
  authors: string[];
  publisher: string | null;
  published_at: string | null;
  language: string | null;
  article_date: Date;
  created_at: Date;
  date_key: string;
  rank?: number;
  snippet?: string;
}

export function toArticleSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.article_id,
    seq: Number(row.seq),
    title: row.title,
    subtitle: row.subtitle,
    url: row.url,
    authors: row.authors,
    publisher: row.publisher,
    publishedAt: row.published_at,
    language: row.language,
    date: new Date(row.article_date).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

export function toArticleHit(row: ArticleRow): ArticleHit {
  const hit: ArticleHit = toArticleSummary(row);
  if (row.rank !== undefined) hit.rank = Number(row.rank);
  if (row.snippet !== undefined) hit.snippet = snippetPieces(row.snippet);
  return hit;
}
