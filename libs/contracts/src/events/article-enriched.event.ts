import { z } from 'zod';
import { ParsedArticleFields } from './article-parsed.event';

export const EntityTypeSchema = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY']);

const Offset = z.number().int().nonnegative();

/** Mentions are offsets into the article body (UTF-16 code units, end exclusive); their text is read back from the body. */
export const EntityAnnotation = z.strictObject({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  salience: z.number().min(0).max(1),
  inTitle: z.boolean(),
  mentions: z.array(z.tuple([Offset, Offset])),
});
export type EntityAnnotation = z.infer<typeof EntityAnnotation>;

/** `article.enriched` v1: the parsed article with its canonical entities. */
export const ArticleEnrichedV1 = z.strictObject({
  article: ParsedArticleFields,
  entities: z.array(EntityAnnotation),
});
export type ArticleEnrichedV1 = z.infer<typeof ArticleEnrichedV1>;

/**
 * v2 adds, optionally: each mention's own type as a third element (`[start, end, "ORGANIZATION"]`: the
 * tagger read "Pyongyang said" as the government while the entity is the place), and `derivedFrom`, the
 * id of the country entity a nationality word ("North Korean", MISC) derives from. A v1 entity is a
 * valid v2 entity, so consumers read both versions with this schema.
 */
export const EntityAnnotationV2 = EntityAnnotation.extend({
  mentions: z.array(z.union([z.tuple([Offset, Offset, EntityTypeSchema]), z.tuple([Offset, Offset])])),
  derivedFrom: z.string().optional(),
});
export type EntityAnnotationV2 = z.infer<typeof EntityAnnotationV2>;

/** `article.enriched` v2: as v1, with per-mention types and nationality links (additive, optional). */
export const ArticleEnrichedV2 = z.strictObject({
  article: ParsedArticleFields,
  entities: z.array(EntityAnnotationV2),
});
export type ArticleEnrichedV2 = z.infer<typeof ArticleEnrichedV2>;
