import { z } from 'zod';
import { EntityAnnotationV2, EntityTypeSchema } from '../events/article-enriched.event';
import { ParsedArticleFields } from '../events/article-parsed.event';

/**
 * The HTTP APIs' answers, as zod schemas beside the events': the services' types are inferred
 * from them and the OpenAPI documents are generated from them (one source of truth).
 */

/** 202 from POST /articles (ingest): the article is stored and its event committed. */
export const SubmissionAccepted = z.strictObject({
  articleId: z.uuid(),
  status: z.enum(['accepted', 'duplicate']),
});
export type SubmissionAccepted = z.infer<typeof SubmissionAccepted>;

/** A mention in a published document: offsets into `body`, its text, and the type it was read with (absent for v1 events). */
export const PublishedMention = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: EntityTypeSchema.optional(),
});

/** GET /articles/:id (publish): the parsed article, its body and its entities. */
export const PublishedDocument = ParsedArticleFields.extend({
  id: z.uuid(),
  body: z.string(),
  entities: z.array(EntityAnnotationV2.extend({ mentions: z.array(PublishedMention) })),
  createdAt: z.iso.datetime({ offset: true }),
  /** 1 when first published; each reprocess that reaches publish adds one (earlier versions: GET /articles/:id/versions). */
  version: z.number().int().min(1),
  /** When this version was published (createdAt stays the first publication). */
  updatedAt: z.iso.datetime({ offset: true }),
});
export type PublishedDocument = z.infer<typeof PublishedDocument>;

/** GET /articles/:id/versions (publish): every version of a document, oldest first, the current one last. */
export const DocumentHistory = z.strictObject({ id: z.uuid(), versions: z.array(PublishedDocument) });
export type DocumentHistory = z.infer<typeof DocumentHistory>;

export const DocumentSummary = z.strictObject({
  id: z.uuid(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** A published article in lists, search hits and the live stream (publish's read API). */
export const ArticleSummary = DocumentSummary.extend({
  /** Position in publication order: the stream's event id. */
  seq: z.number().int().min(1),
  subtitle: z.string().nullable(),
  authors: z.array(z.string()),
  publisher: z.string().nullable(),
  language: z.string().nullable(),
  /** The article's own date when it has one, else when it was published here: what `sort=date` and `from`/`to` use. */
  date: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** A piece of the body around the matches; `match` pieces are the query's words as found (plain text, not markup). */
export const SnippetPiece = z.strictObject({ text: z.string(), match: z.boolean() });
export type SnippetPiece = z.infer<typeof SnippetPiece>;

/** With `q` only: the search rank (higher is better) and passages of the body with the matches marked. */
export const ArticleHit = ArticleSummary.extend({ rank: z.number().optional(), snippet: z.array(SnippetPiece).optional() });
export type ArticleHit = z.infer<typeof ArticleHit>;

/** GET /articles (publish): a page of hits and the opaque cursor of the next one. */
export const ArticlePage = z.strictObject({ articles: z.array(ArticleHit), nextCursor: z.string().nullable() });
export type ArticlePage = z.infer<typeof ArticlePage>;

export const EntitySummary = z.strictObject({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  /** Number of published articles mentioning it. */
  articleCount: z.number().int().nonnegative(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

/** GET /entities (publish): most mentioned first. */
export const EntityList = z.strictObject({ entities: z.array(EntitySummary) });
export type EntityList = z.infer<typeof EntityList>;

/** GET /entities/:id (publish). */
export const EntityDetail = EntitySummary.extend({
  /** Every way it was written in the articles. */
  aliases: z.array(z.string()),
  /** The entities found most often in the same articles (over its latest 1,000 articles), with how many they share. */
  coOccurring: z.array(EntitySummary.extend({ together: z.number().int().nonnegative() })),
  /** Articles per month of their date (YYYY-MM), oldest first. */
  articlesByMonth: z.array(z.strictObject({ month: z.string(), count: z.number().int().nonnegative() })),
  /** Its latest articles (the first page of GET /articles?entity=<id>). */
  articles: z.array(ArticleSummary),
  nextCursor: z.string().nullable(),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

/**
 * POST /reprocess (ingest for the parse stage, parse for entity-extract): re-emits one page of the
 * stage's stored input, selected by `articleIds` and/or `since`, in id order after `after`. The first
 * page is sent without `revision` and the service picks one; later pages send it back.
 */
export const ReprocessRequest = z.strictObject({
  revision: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  articleIds: z.array(z.uuid()).min(1).max(1000).optional(),
  /** Articles whose input the stage stored at or after this time. */
  since: z.iso.datetime({ offset: true }).optional(),
  /** The previous page's `nextCursor`. */
  after: z.uuid().optional(),
  limit: z.number().int().min(1).max(500).default(50),
});
export type ReprocessRequest = z.infer<typeof ReprocessRequest>;

/** The answer to one POST /reprocess page. */
export const ReprocessPage = z.strictObject({
  revision: z.number().int().positive(),
  /** Articles re-emitted at `revision` by this page (an article already re-emitted at it is left out). */
  reprocessed: z.array(z.uuid()),
  /** How many articles the page looked at (re-emitted or not). */
  selected: z.number().int().nonnegative(),
  /** On a first page (no `after`): how many articles the selection holds in all. */
  total: z.number().int().nonnegative().optional(),
  /** Pass as `after` for the next page; null when the selection is done. */
  nextCursor: z.uuid().nullable(),
});
export type ReprocessPage = z.infer<typeof ReprocessPage>;

/** Every error answer: Nest's HTTP exception body. */
export const ErrorResponse = z.object({
  statusCode: z.number().int(),
  message: z.union([z.string(), z.array(z.string())]),
  error: z.string().optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
