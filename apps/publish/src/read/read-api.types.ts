import type { DocumentSummary } from '../documents/published-document';

/**
 * The read API's answers (publish service). Every endpoint takes the same API key as GET /articles/:id.
 *
 * GET /articles?q=&entity=&entityType=&author=&publisher=&language=&from=&to=&sort=date|relevance&limit=&cursor=
 *   → ArticlePage. `q` uses websearch syntax ("quoted phrase", or, -not); `sort` defaults to relevance with `q`,
 *   else date (newest first). `from`/`to` are ISO dates (from inclusive, to exclusive). `nextCursor` is opaque:
 *   pass it back with the same filters for the next page; pages never repeat or skip an article, and articles
 *   published after the first page stay out until a new search.
 * GET /entities?type=&prefix=&limit= → EntityList, most mentioned first.
 * GET /entities/:id → EntityDetail (404 when unknown).
 * GET /articles/stream (Server-Sent Events) → `event: article`, `id: <seq>`, `data: ArticleSummary` for each newly
 *   published article; a `: heartbeat` comment every 15 s. Resume with the `Last-Event-ID` header (or `?lastEventId=`):
 *   the articles published after that id are sent first. The server ends the stream on shutdown (clients reconnect).
 */
export interface ArticleSummary extends DocumentSummary {
  /** Position in publication order: the stream's event id. */
  seq: number;
  subtitle: string | null;
  authors: string[];
  publisher: string | null;
  language: string | null;
  /** The article's own date when it has one, else when it was published here (ISO timestamp): what `sort=date` and `from`/`to` use. */
  date: string;
}

/** A piece of the body around the matches; `match` pieces are the query's words as found in the text (plain text, not markup). */
export interface SnippetPiece {
  text: string;
  match: boolean;
}

export interface ArticleHit extends ArticleSummary {
  /** With `q` only: the search rank (higher is better) and passages of the body with the matches marked. */
  rank?: number;
  snippet?: SnippetPiece[];
}

export interface ArticlePage {
  articles: ArticleHit[];
  nextCursor: string | null;
}

export interface EntitySummary {
  id: string;
  name: string;
  type: string;
  /** Number of published articles mentioning it. */
  articleCount: number;
}

export interface EntityList {
  entities: EntitySummary[];
}

export interface EntityDetail extends EntitySummary {
  /** Every way it was written in the articles (and their lower-cased forms for older documents). */
  aliases: string[];
  /** The entities found most often in the same articles (over its latest 1,000 articles), with how many they share. */
  coOccurring: Array<EntitySummary & { together: number }>;
  /** Articles per month of their date (YYYY-MM), oldest first. */
  articlesByMonth: Array<{ month: string; count: number }>;
  /** Its latest articles (the first page of GET /articles?entity=<id>). */
  articles: ArticleSummary[];
  nextCursor: string | null;
}
