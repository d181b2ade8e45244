import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EntityType } from './article-query';
import { ArticleSearch } from './article-search';
import { ARTICLES_BY_MONTH, CO_OCCURRING, ENTITY_BY_ID, entityListStatement } from './entity-directory.sql';
import type { EntityDetail, EntitySummary } from './read-api.types';

interface EntityRow {
  entity_id: string;
  type: string;
  name: string;
  article_count: number;
}

const toSummary = (row: EntityRow): EntitySummary => ({ id: row.entity_id, name: row.name, type: row.type, articleCount: row.article_count });

const CO_OCCURRING_SHOWN = 10;
const ARTICLES_SHOWN = 20;

/** GET /entities and GET /entities/:id over publish.entities and the article–entity index. */
@Injectable()
export class EntityDirectory {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly articles: ArticleSearch,
  ) {}

  async list(type: EntityType | undefined, prefix: string | undefined, limit: number): Promise<EntitySummary[]> {
    const { text, values } = entityListStatement(type, prefix, limit);
    const rows: EntityRow[] = await this.dataSource.query(text, values);
    return rows.map(toSummary);
  }

  async detail(id: string): Promise<EntityDetail | null> {
    const [row]: Array<EntityRow & { aliases: string[] }> = await this.dataSource.query(ENTITY_BY_ID, [id]);
    if (!row) return null;
    const [coOccurring, byMonth, page] = await Promise.all([
      this.dataSource.query(CO_OCCURRING, [id, CO_OCCURRING_SHOWN]) as Promise<Array<EntityRow & { together: string }>>,
      this.dataSource.query(ARTICLES_BY_MONTH, [id]) as Promise<Array<{ month: string; count: string }>>,
      this.articles.search({ entity: id, sort: 'date', limit: ARTICLES_SHOWN }),
    ]);
    return {
      ...toSummary(row),
      aliases: row.aliases,
      coOccurring: coOccurring.map((r) => ({ ...toSummary(r), together: Number(r.together) })),
      articlesByMonth: byMonth.map((r) => ({ month: r.month, count: Number(r.count) })),
      articles: page.articles,
      nextCursor: page.nextCursor,
    };
  }
}
