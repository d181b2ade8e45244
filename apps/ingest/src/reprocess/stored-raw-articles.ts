import { ArticleIngestedV1, EventTypes } from '@newswire/contracts';
import { StoredArticleTable } from '@newswire/stage-runtime';

interface RawArticleRow {
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
export const STORED_RAW_ARTICLES: StoredArticleTable<typeof EventTypes.ArticleIngested, RawArticleRow> = {
  table: 'ingest.raw_articles',
  idColumn: 'id',
  timeColumn: 'received_at',
  columns: ['source', 'url', 'content_type', 'content', 'content_hash', 'received_at', 'title', 'body'],
  eventType: EventTypes.ArticleIngested,
  payload: (row) => ({
    source: row.source,
    url: row.url,
    contentType: row.content_type,
    content: row.content,
    contentHash: row.content_hash,
    receivedAt: row.received_at.toISOString(),
    title: row.title,
    body: row.body,
  }),
};
