import type { ArticleQuery } from './article-query';
import { SEARCH_CONFIGS } from './search-language';
import { HEADLINE_OPTIONS } from './snippet';

/** A statement and its parameters. */
export interface Statement {
  text: string;
  values: unknown[];
}

class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The summary columns every article answer carries; `date_key` is the exact date for the cursor (microseconds, UTC). */
export const SUMMARY_COLUMNS = `d.seq, d.article_id, d.title, d.subtitle, d.url, d.authors, d.publisher, d.published_at, d.language, d.article_date, d.created_at,
  to_char(d.article_date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS date_key`;

/**
 * The query matches a document when it matches in the document's own language configuration. The GIN
 * index is searched with the query parsed in every configuration at once (computed once per statement),
 * then each candidate is checked with its own configuration.
 */
function textMatch(param: string): string {
  const everyLanguage = SEARCH_CONFIGS.map((config) => `websearch_to_tsquery('${config}', ${param})`).join(' || ');
  return `d.search_vector @@ (SELECT ${everyLanguage}) AND d.search_vector @@ websearch_to_tsquery(d.search_config, ${param})`;
}

/**
 * GET /articles as one statement: filters, the snapshot bound and the keyset position, one page
 * (plus one row, to know whether another page follows) in date or rank order; snippets are made
 * for the page's rows only. `entityIds` are the entities the `entity` filter resolved to (null: no filter).
 */
export function articleSearchStatement(query: ArticleQuery, entityIds: string[] | null, maxSeq: number): Statement {
  const p = new Parameters();
  const where = [`d.seq <= ${p.add(maxSeq)}`];
  const q = query.q === undefined ? null : p.add(query.q);
  if (q) where.push(textMatch(q));
  if (entityIds) where.push(`d.article_id IN (SELECT de.article_id FROM publish.document_entities de WHERE de.entity_id = ANY(${p.add(entityIds)}::text[]))`);
  else if (query.entityType)
    where.push(`EXISTS (SELECT 1 FROM publish.document_entities de WHERE de.article_id = d.article_id AND de.type = ${p.add(query.entityType)})`);
  if (query.author) where.push(`d.search_authors @> jsonb_build_array(lower(${p.add(query.author)}::text))`);
  if (query.publisher) where.push(`lower(d.publisher) = lower(${p.add(query.publisher)}::text)`);
  if (query.language) where.push(`d.language = ${p.add(query.language)}`);
  if (query.from) where.push(`d.article_date >= ${p.add(query.from.toISOString())}::timestamptz`);
  if (query.to) where.push(`d.article_date < ${p.add(query.to.toISOString())}::timestamptz`);
  const rank = q ? `, ts_rank_cd(d.search_vector, websearch_to_tsquery(d.search_config, ${q}), 1) AS rank` : '';
  const limit = p.add(query.limit + 1);

  let page: string;
  if (query.sort === 'relevance') {
    const after = query.cursor ? `WHERE (m.rank, m.seq) < (${p.add(query.cursor.key)}::real, ${p.add(query.cursor.seq)}::bigint)` : '';
    page = `SELECT m.* FROM (SELECT ${SUMMARY_COLUMNS}${rank} FROM publish.documents d WHERE ${where.join(' AND ')}) m
      ${after} ORDER BY m.rank DESC, m.seq DESC LIMIT ${limit}`;
  } else {
    if (query.cursor) where.push(`(d.article_date, d.seq) < (${p.add(query.cursor.key)}::timestamptz, ${p.add(query.cursor.seq)}::bigint)`);
    page = `SELECT ${SUMMARY_COLUMNS}${rank} FROM publish.documents d WHERE ${where.join(' AND ')}
      ORDER BY d.article_date DESC, d.seq DESC LIMIT ${limit}`;
  }
  const order = query.sort === 'relevance' ? 'page.rank DESC, page.seq DESC' : 'page.article_date DESC, page.seq DESC';
  if (!q) return { text: `SELECT page.* FROM (${page}) page ORDER BY ${order}`, values: p.values };
  const headline = `ts_headline(b.search_config, b.body, websearch_to_tsquery(b.search_config, ${q}), ${p.add(HEADLINE_OPTIONS)}) AS snippet`;
  return {
    text: `SELECT page.*, ${headline} FROM (${page}) page JOIN publish.documents b ON b.article_id = page.article_id ORDER BY ${order}`,
    values: p.values,
  };
}
