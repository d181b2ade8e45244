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
});
export type PublishedDocument = z.infer<typeof PublishedDocument>;

export const DocumentSummary = z.strictObject({
  id: z.uuid(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

/** GET /articles?entity=… (publish), newest first. */
export const DocumentList = z.strictObject({ articles: z.array(DocumentSummary) });
export type DocumentList = z.infer<typeof DocumentList>;

/** Every error answer: Nest's HTTP exception body. */
export const ErrorResponse = z.object({
  statusCode: z.number().int(),
  message: z.union([z.string(), z.array(z.string())]),
  error: z.string().optional(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
