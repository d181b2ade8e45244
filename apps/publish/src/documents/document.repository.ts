import { Inject, Injectable } from '@nestjs/common';
import { preparedQuery } from '@newswire/persistence';
import { DataSource, QueryRunner } from 'typeorm';
import { articleBody, ArticleEnrichedV2 } from '@newswire/contracts';
import { lookupAlias } from '@newswire/nlp';
import { DocumentSummary, PublishedDocument } from './published-document';

/**
 * The document and its entity index in one statement: the index rows are written only when
 * the document is new (the CTE returns nothing on conflict).
 */
const INSERT_DOCUMENT = `
  WITH document AS (
    INSERT INTO publish.documents
      (article_id, url, canonical_url, title, subtitle, authors, publisher, published_at, language, paragraphs, body, word_count, entities)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
    ON CONFLICT (article_id) DO NOTHING RETURNING article_id
  ), entity_index AS (
    INSERT INTO publish.document_entities (article_id, entity_id, type, name, salience, surface_forms)
    SELECT d.article_id, e.entity_id, e.type, e.name, e.salience, ARRAY(SELECT jsonb_array_elements_text(e.surface_forms))
    FROM document d, jsonb_to_recordset($14::jsonb) AS e(entity_id text, type text, name text, salience real, surface_forms jsonb)
  )
  SELECT EXISTS (SELECT 1 FROM document) AS stored`;

/** publish.documents and its entity index. All SQL is parameterised. */
@Injectable()
export class DocumentRepository {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  /** Stores the document once; returns false when it was published before. */
  async insertIfNew(queryRunner: QueryRunner, articleId: string, enriched: ArticleEnrichedV2): Promise<boolean> {
    const { article } = enriched;
    const body = articleBody(article);
    const entities = enriched.entities.map((e) => ({
      ...e,
      // A v1 event's mentions carry no type of their own.
      mentions: e.mentions.map(([start, end, type]) => ({ start, end, text: body.slice(start, end), ...(type ? { type } : {}) })),
    }));
    const [{ stored }] = await preparedQuery<{ stored: boolean }>(queryRunner, INSERT_DOCUMENT, [
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
        })),
      ),
    ]);
    return stored;
  }

  async findById(articleId: string): Promise<PublishedDocument | null> {
    const [row]: DocumentRow[] = await this.dataSource.query(`SELECT * FROM publish.documents WHERE article_id = $1`, [articleId]);
    return row ? toDocument(row) : null;
  }

  /**
   * Documents mentioning an entity given by id, canonical name or any surface form seen (every
   * mention grouped into it: "Pyongyang" read as a place or as its government is one entity); a
   * known alias (U.N., N.K., …) also finds its canonical entity.
   */
  async findByEntity(entity: string, limit: number, offset: number): Promise<DocumentSummary[]> {
    const canonical = lookupAlias(entity)?.name ?? entity;
    const rows: DocumentRow[] = await this.dataSource.query(
      `SELECT d.article_id, d.title, d.url, d.published_at, d.created_at
       FROM publish.documents d
       WHERE d.article_id IN (
         SELECT article_id FROM publish.document_entities
         WHERE entity_id = $1 OR lower(name) IN (lower($1), lower($4)) OR surface_forms @> ARRAY[lower($1)])
       ORDER BY d.created_at DESC, d.article_id LIMIT $2 OFFSET $3`,
      [entity, limit, offset, canonical],
    );
    return rows.map(toSummary);
  }

  async list(limit: number, offset: number): Promise<DocumentSummary[]> {
    const rows: DocumentRow[] = await this.dataSource.query(
      `SELECT article_id, title, url, published_at, created_at FROM publish.documents
       ORDER BY created_at DESC, article_id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows.map(toSummary);
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

function toSummary(row: Pick<DocumentRow, 'article_id' | 'title' | 'url' | 'published_at' | 'created_at'>): DocumentSummary {
  return { id: row.article_id, title: row.title, url: row.url, publishedAt: row.published_at, createdAt: new Date(row.created_at).toISOString() };
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
