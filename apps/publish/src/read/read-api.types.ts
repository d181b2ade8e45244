/**
 * The read API's answers (publish service), inferred from their zod schemas in @newswire/contracts (which
 * the OpenAPI document is generated from). Every endpoint takes the same API key as GET /articles/:id.
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
export type { ArticleHit, ArticlePage, ArticleSummary, EntityDetail, EntityList, EntitySummary, SnippetPiece } from '@newswire/contracts';
