import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ArticleQuery, EntityType } from './article-query';
import { articleSearchStatement } from './article-search.sql';
import { ArticleRow, toArticleHit } from './article-rows';
import { resolveEntityStatement } from './entity-directory.sql';
import { encodeCursor } from './page-cursor';
import type { ArticlePage } from './read-api.types';

/** GET /articles: search, filters and stable cursor paging over publish.documents. */
@Injectable()
export class ArticleSearch {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async search(query: ArticleQuery): Promise<ArticlePage> {
    const entityIds = query.entity === undefined ? null : await this.resolveEntity(query.entity, query.entityType);
    if (entityIds?.length === 0) return { articles: [], nextCursor: null };
    const maxSeq = query.cursor?.maxSeq ?? (await this.newestSeq());
    const { text, values } = articleSearchStatement(query, entityIds, maxSeq);
    const rows: ArticleRow[] = await this.dataSource.query(text, values);
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    const nextCursor =
      rows.length > query.limit
        ? encodeCursor({ sort: query.sort, key: query.sort === 'relevance' ? Number(last.rank) : last.date_key, seq: Number(last.seq), maxSeq })
        : null;
    return { articles: page.map(toArticleHit), nextCursor };
  }

  /** The entity ids a filter value names (see resolveEntityStatement). */
  async resolveEntity(entity: string, type?: EntityType): Promise<string[]> {
    const { text, values } = resolveEntityStatement(entity, type);
    const rows: Array<{ entity_id: string }> = await this.dataSource.query(text, values);
    return rows.map((r) => r.entity_id);
  }

  private async newestSeq(): Promise<number> {
    const [row]: Array<{ seq: string | null }> = await this.dataSource.query(`SELECT max(seq) AS seq FROM publish.documents`);
    return Number(row.seq ?? 0);
  }
}
