import { decodeCursor, InvalidCursor, PageCursor } from './page-cursor';

export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** GET /articles, validated. */
export interface ArticleQuery {
  q?: string;
  entity?: string;
  entityType?: EntityType;
  author?: string;
  publisher?: string;
  language?: string;
  from?: Date;
  to?: Date;
  sort: 'date' | 'relevance';
  limit: number;
  cursor?: PageCursor;
}

export class InvalidQuery extends Error {}

export const MAX_PAGE_SIZE = 200;

/** Query-string values as Express gives them (a repeated parameter arrives as an array). */
export type RawQuery = Record<string, unknown>;

function text(raw: RawQuery, name: string, maxLength: number): string | undefined {
  const value = raw[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new InvalidQuery(`${name} must be given once`);
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > maxLength) throw new InvalidQuery(`${name} must be 1 to ${maxLength} characters`);
  return trimmed;
}

function date(raw: RawQuery, name: string): Date | undefined {
  const value = text(raw, name, 40);
  if (value === undefined) return undefined;
  const parsed = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : null;
  if (!parsed || Number.isNaN(parsed.getTime())) throw new InvalidQuery(`${name} must be an ISO date (YYYY-MM-DD) or timestamp`);
  return parsed;
}

export function parsePageSize(raw: RawQuery, fallback = 20): number {
  const value = text(raw, 'limit', 4);
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) throw new InvalidQuery(`limit must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  return limit;
}

export function parseEntityType(raw: RawQuery, name: string): EntityType | undefined {
  const value = text(raw, name, 20)?.toUpperCase();
  if (value !== undefined && !(ENTITY_TYPES as readonly string[]).includes(value)) throw new InvalidQuery(`${name} must be one of ${ENTITY_TYPES.join(', ')}`);
  return value as EntityType | undefined;
}

export function parseArticleQuery(raw: RawQuery): ArticleQuery {
  // Offsets shift as articles arrive; an old client silently served page one again would loop.
  if (raw.offset !== undefined) throw new InvalidQuery("offset is not supported: pass the previous page's nextCursor as cursor");
  const q = text(raw, 'q', 500);
  const sortText = text(raw, 'sort', 20);
  if (sortText !== undefined && sortText !== 'date' && sortText !== 'relevance') throw new InvalidQuery('sort must be date or relevance');
  const sort = sortText ?? (q ? 'relevance' : 'date');
  if (sort === 'relevance' && !q) throw new InvalidQuery('sort=relevance needs a query q');
  const cursorText = text(raw, 'cursor', 500);
  let cursor: PageCursor | undefined;
  if (cursorText !== undefined) {
    try {
      cursor = decodeCursor(cursorText);
    } catch (error) {
      if (error instanceof InvalidCursor) throw new InvalidQuery(error.message);
      throw error;
    }
    if (cursor.sort !== sort) throw new InvalidQuery('cursor belongs to another sort order');
  }
  const from = date(raw, 'from');
  const to = date(raw, 'to');
  if (from && to && from >= to) throw new InvalidQuery('from must be before to');
  return {
    q,
    entity: text(raw, 'entity', 300),
    entityType: parseEntityType(raw, 'entityType'),
    author: text(raw, 'author', 300),
    publisher: text(raw, 'publisher', 300),
    language: text(raw, 'language', 20)?.toLowerCase(),
    from,
    to,
    sort,
    limit: parsePageSize(raw),
    cursor,
  };
}
