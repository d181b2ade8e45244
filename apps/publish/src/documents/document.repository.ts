import { Inject, Injectable } from '@nestjs/common';
import { ParsedArticleRow, parsedArticleFromRow, parsedArticleParams, preparedQuery } from '@newswire/persistence';
import { DataSource, QueryRunner } from 'typeorm';
import { articleBody, ArticleEnrichedV2 } from '@newswire/contracts';
import { EntityCountChange } from './entity-counts';
import { PublishedDocument } from './published-document';

/**
 * The document's entity index, after a `document` CTE that wrote the document (inserted or replaced):
 * the index rows are written only when it did (the CTE returns nothing otherwise). The entities'
 * counts in the directory follow once per batch (EntityCounts).
 */
const INDEX_DOCUMENT_ENTITIES = `
  entity AS (
    SELECT e.entity_id, e.type, e.name, e.salience, ARRAY(SELECT jsonb_array_elements_text(e.surface_forms)) AS surface_forms
    FROM jsonb_to_recordset($14::jsonb) AS e(entity_id text, type text, name text, salience real, surface_forms jsonb)
  ), entity_index AS (
    INSERT INTO publish.document_entities (article_id, entity_id, type, name, salience, surface_forms, seq, article_date)
    SELECT d.article_id, e.entity_id, e.type, e.name, e.salience, e.surface_forms, d.seq, d.article_date
    FROM document d, entity e
  )
  SELECT EXISTS (SELECT 1 FROM document) AS stored`;

/**
 * Publishing transactions take this lock before numbering a document, so documents become visible
 * in `seq` order: a stream client resuming after seq N can never miss a smaller seq committed later.
 * It also serialises the entity-count upserts of concurrent replicas, made later in the same
 * transaction (no deadlocks between batches).
 */
const PUBLISH_ORDER_LOCK = `SELECT pg_advisory_xact_lock(hashtext('publish.documents.seq'))`;

/**
 * The document and its entity index in one statement, when the document is new. The row is selected
 * from the publish-order lock (PUBLISH_ORDER_LOCK in the statement), so the lock is held before the
 * row takes its seq and before any entity row is written, without a round trip of its own.
 */
const INSERT_DOCUMENT = `
  WITH publish_order AS (${PUBLISH_ORDER_LOCK}), document AS (
    INSERT INTO publish.documents
      (article_id, url, canonical_url, title, subtitle, authors, publisher, published_at, language, paragraphs, body, word_count, entities, article_date, revision)
    SELECT $1::uuid, $2::text, $3::text, $4::text, $5::text, $6::jsonb, $7::text, $8::text, $9::text, $10::jsonb, $11::text, $12::int, $13::jsonb,
           coalesce(publish.article_date($8), now()), $15::bigint
    FROM publish_order
    ON CONFLICT (article_id) DO NOTHING RETURNING article_id, seq, article_date
  ), ${INDEX_DOCUMENT_ENTITIES}`;

/** A later revision's document in place of the stored one (same seq: its place in the stream and in paging), and its entity index. */
const REPLACE_DOCUMENT = `
  WITH document AS (
    UPDATE publish.documents SET
      url = $2, canonical_url = $3, title = $4, subtitle = $5, authors = $6, publisher = $7, published_at = $8, language = $9,
      paragraphs = $10, body = $11, word_count = $12, entities = $13, article_date = coalesce(publish.article_date($8), created_at),
      revision = $15, version = version + 1, updated_at = now()
    WHERE article_id = $1 AND revision < $15 RETURNING article_id, seq, article_date
  ), ${INDEX_DOCUMENT_ENTITIES}`;

/** The replaced version, as the read API served it, into the history. */
const ARCHIVE_VERSION = `
  INSERT INTO publish.document_versions (article_id, version, revision, document)
  SELECT article_id, version, revision, $2::jsonb FROM publish.documents WHERE article_id = $1`;

/** The replaced version's entities leave the index (and, through EntityCounts, their counts). */
const UNINDEX_DOCUMENT = `DELETE FROM publish.document_entities WHERE article_id = $1 RETURNING entity_id, type, name`;

const DOCUMENT_COLUMNS = `article_id, url, canonical_url, title, subtitle, authors, publisher, published_at, language, paragraphs, body, word_count, entities,
  created_at, version, updated_at`;

/**
 * publish.documents and its entity index. All SQL is parameterised. Storing returns what the document
 * changes in the entity directory's counts, for EntityCounts to write once per batch.
 */
@Injectable()
export class DocumentRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /**
   * Stores the document of a run of `revision` (0: the first). The first run's document is stored once
   * (null when it was published before). A later revision replaces the stored document, whose version
   * goes to the history, and re-indexes its entities; an earlier one changes nothing (null).
   */
  async storeIfNewer(queryRunner: QueryRunner, articleId: string, enriched: ArticleEnrichedV2, revision: number): Promise<EntityCountChange[] | null> {
    const { values, counted } = documentValues(articleId, enriched, revision);
    if (revision > 0) {
      await preparedQuery(queryRunner, PUBLISH_ORDER_LOCK, []);
      const [current] = await preparedQuery<DocumentRow & { revision: string }>(
        queryRunner,
        `SELECT ${DOCUMENT_COLUMNS}, revision FROM publish.documents WHERE article_id = $1 FOR UPDATE`,
        [articleId],
      );
      if (current && Number(current.revision) >= revision) return null;
      if (current) return this.replace(queryRunner, toDocument(current), values, counted);
    }
    const [{ stored }] = await preparedQuery<{ stored: boolean }>(queryRunner, INSERT_DOCUMENT, values);
    return stored ? counted : null;
  }

  private async replace(
    queryRunner: QueryRunner,
    current: PublishedDocument,
    values: unknown[],
    counted: EntityCountChange[],
  ): Promise<EntityCountChange[] | null> {
    await preparedQuery(queryRunner, ARCHIVE_VERSION, [current.id, JSON.stringify(current)]);
    const uncounted = await preparedQuery<{ entity_id: string; type: string; name: string }>(queryRunner, UNINDEX_DOCUMENT, [current.id]);
    const [{ stored }] = await preparedQuery<{ stored: boolean }>(queryRunner, REPLACE_DOCUMENT, values);
    if (!stored) return null;
    const gone = uncounted.map((row): EntityCountChange => ({
      entityId: row.entity_id,
      type: row.type,
      name: row.name,
      aliases: [],
      surfaceForms: [],
      delta: -1,
    }));
    return [...gone, ...counted];
  }

  async findById(articleId: string): Promise<PublishedDocument | null> {
    const [row]: DocumentRow[] = await this.dataSource.query(`SELECT ${DOCUMENT_COLUMNS} FROM publish.documents WHERE article_id = $1`, [articleId]);
    return row ? toDocument(row) : null;
  }

  /** Every version of the document, oldest first, the current one last; null when it is not published. */
  async history(articleId: string): Promise<PublishedDocument[] | null> {
    const current = await this.findById(articleId);
    if (!current) return null;
    const replaced: Array<{ document: PublishedDocument }> = await this.dataSource.query(
      `SELECT document FROM publish.document_versions WHERE article_id = $1 ORDER BY version`,
      [articleId],
    );
    return [...replaced.map((row) => row.document), current];
  }
}

/** The parameters INSERT_DOCUMENT and REPLACE_DOCUMENT share, and the document's entities as counted once more. */
function documentValues(articleId: string, enriched: ArticleEnrichedV2, revision: number): { values: unknown[]; counted: EntityCountChange[] } {
  const { article } = enriched;
  const body = articleBody(article);
  const entities = enriched.entities.map((e) => ({
    ...e,
    // A v1 event's mentions carry no type of their own.
    mentions: e.mentions.map(([start, end, type]) => ({ start, end, text: body.slice(start, end), ...(type ? { type } : {}) })),
  }));
  const counted = entities.map((e): EntityCountChange => ({
    entityId: e.id,
    type: e.type,
    name: e.name,
    aliases: [...new Set(e.mentions.map((m) => m.text))],
    surfaceForms: [...new Set(e.mentions.map((m) => m.text.toLowerCase()))],
    delta: 1,
  }));
  const values = [
    articleId,
    ...parsedArticleParams(article.url, article),
    body,
    article.wordCount,
    JSON.stringify(entities),
    JSON.stringify(entities.map((e, i) => ({ entity_id: e.id, type: e.type, name: e.name, salience: e.salience, surface_forms: counted[i].surfaceForms }))),
    revision,
  ];
  return { values, counted };
}

/** A publish.documents row as node-postgres returns it (jsonb parsed, timestamps as Date). */
interface DocumentRow extends ParsedArticleRow {
  article_id: string;
  body: string;
  entities: PublishedDocument['entities'];
  created_at: Date;
  version: number;
  updated_at: Date | null;
}

function toDocument(row: DocumentRow): PublishedDocument {
  return {
    id: row.article_id,
    ...parsedArticleFromRow(row),
    body: row.body,
    entities: row.entities,
    createdAt: new Date(row.created_at).toISOString(),
    version: row.version,
    updatedAt: new Date(row.updated_at ?? row.created_at).toISOString(),
  };
}
