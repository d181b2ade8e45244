import { EventTypes } from '@newswire/contracts';
import { PARSED_ARTICLE_ROW_COLUMNS, ParsedArticleRow, parsedArticleFromRow } from '@newswire/persistence';
import { StoredArticleTable } from '@newswire/stage-runtime';

/**
 * parse.parsed_articles as the input of an entity-extract reprocess run: each article's article.parsed
 * again, from the stored parse (the parser does not run). The row takes the run's revision, so an older
 * run's article.ingested arriving later cannot replace it.
 */
export const STORED_PARSED_ARTICLES: StoredArticleTable<typeof EventTypes.ArticleParsed, ParsedArticleRow> = {
  table: 'parse.parsed_articles',
  idColumn: 'article_id',
  timeColumn: 'parsed_at',
  columns: PARSED_ARTICLE_ROW_COLUMNS,
  eventType: EventTypes.ArticleParsed,
  payload: parsedArticleFromRow,
};
