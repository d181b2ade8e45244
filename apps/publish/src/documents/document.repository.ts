import { Inject, Injectable } from '@nestjs/common';
import { preparedQuery } from '@newswire/persistence';
import { DataSource, QueryRunner } from 'typeorm';
import { articleBody, ArticleEnrichedV2 } from '@newswire/contracts';
import { PublishedDocument } from './published-document';

/**
 * The document, its entity index and the entities' counts in one statement: the index rows are
 * written only when the document is new (the CTE returns nothing on conflict). Entity rows are
 * upserted in id order, so concurrent writers lock them in the same order.
 */
const INSERT_DOCUMENT = `
  WITH document AS (
    INSERT INTO publish.documents
      (article_id, url, canonical_url, title, subtitle, authors, publisher, published_at, language, paragraphs, body, word_count, entities, article_date)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, coalesce(publish.article_date($8), now()))
    ON CONFLICT (article_id) DO NOTHING RETURNING article_id, seq, article_date
  ), entity AS (
    SELECT e.entity_id, e.type, e.name, e.salience,
           ARRAY(SELECT jsonb_array_elements_text(e.surface_forms)) AS surface_forms, ARRAY(SELECT jsonb_array_elements_text(e.aliases)) AS aliases
    FROM jsonb_to_recordset($14::jsonb) AS e(entity_id text, type text, name text, salience real, surface_forms jsonb, aliases jsonb)
  ), entity_index AS (
    INSERT INTO publish.document_entities (article_id, entity_id, type, name, salience, surface_forms, seq, article_date)
    SELECT d.article_id, e.entity_id, e.type, e.name, e.salience, e.surface_forms, d.seq, d.article_date
    FROM document d, entity e
  ), entity_count AS (
    INSERT INTO publish.entities AS known (entity_id, type, name, aliases, surface_forms, article_count)
    SELECT e.entity_id, e.type, e.name, e.aliases, e.surface_forms, 1 FROM document d, entity e ORDER BY e.entity_id
    ON CONFLICT (entity_id) DO UPDATE SET
      article_count = known.article_count + 1,
      aliases = CASE WHEN excluded.aliases <@ known.aliases THEN known.aliases
                ELSE ARRAY(SELECT DISTINCT a FROM unnest(known.aliases || excluded.aliases) a ORDER BY a) END,
      surface_forms = CASE WHEN excluded.surface_forms <@ known.surface_forms THEN known.surface_forms
                      ELSE ARRAY(SELECT DISTINCT f FROM unnest(known.surface_forms || excluded.surface_forms) f ORDER BY f) END
  )
  SELECT EXISTS (SELECT 1 FROM document) AS stored`;

/**
 * Publishing transactions take this lock before numbering a document, so documents become visible
 * in `seq` order: a stream client resuming after seq N can never miss a smaller seq committed later.
 * It also serialises the entity-count upserts of concurrent replicas (no deadlocks between batches).
 */
const PUBLISH_ORDER_LOCK = `SELECT pg_advisory_xact_lock(hashtext('publish.documents.seq'))`;

/** publish.documents and its entity index. All SQL is parameterised. */
@Injectable()
export class DocumentRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Stores the document once; returns false when it was published before. */
  async insertIfNew(tx: QueryRunner, articleId: string, enriched: ArticleEnrichedV2): Promise<boolean> {
    const { article } = enriched;
    const body = articleBody(article);
    const entities = enriched.entities.map((e) => ({
      ...e,
      // A v1 event's mentions carry no type of their own.
      mentions: e.mentions.map(([start, end, type]) => ({ start, end, text: body.slice(start, end), ...(type ? { type } : {}) })),
    }));
    await preparedQuery(tx, PUBLISH_ORDER_LOCK, []);
    const [{ stored }] = await preparedQuery<{ stored: boolean }>(tx, INSERT_DOCUMENT, [
      articleId,
      article.url,
      article.canonicalUrl,
      article.title,
      article.subtitle,
      JSON.stringify(article.authors),
      article.publisher,
      article.publishedAt,
      article.language,
      JSON.stringify(article.paragraphs),
      body,
      article.wordCount,
      JSON.stringify(entities),
      JSON.stringify(
        entities.map((e) => ({
          entity_id: e.id,
          type: e.type,
          name: e.name,
          salience: e.salience,
          surface_forms: [...new Set(e.mentions.map((m) => m.text.toLowerCase()))],
          aliases: [...new Set(e.mentions.map((m) => m.text))],
        })),
      ),
    ]);
    return stored;
  }

  async findById(articleId: string): Promise<PublishedDocument | null> {
    const [row]: DocumentRow[] = await this.dataSource.query(
      `SELECT article_id, url, canonical_url, title, subtitle, authors, publisher, published_at, language, paragraphs, body, word_count, entities, created_at
       FROM publish.documents WHERE article_id = $1`,
      [articleId],
    );
    return row ? toDocument(row) : null;
  }
}

/** A publish.documents row as node-postgres returns it (jsonb parsed, timestamps as Date). */
interface DocumentRow {
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
  body: string;
  word_count: number;
  entities: PublishedDocument['entities'];
  created_at: Date;
}

function toDocument(row: DocumentRow): PublishedDocument {
  return {
    id: row.article_id,
    url: row.url,
    canonicalUrl: row.canonical_url,
    title: row.title,
    subtitle: row.subtitle,
    authors: row.authors,
    publisher: row.publisher,
    publishedAt: row.published_at,
    language: row.language,
    paragraphs: row.paragraphs,
    body: row.body,
    wordCount: row.word_count,
    entities: row.entities,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
