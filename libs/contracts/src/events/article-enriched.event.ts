import { z } from 'zod';
import { ParsedArticleFields } from './article-parsed.event';

export const EntityTypeSchema = z.enum(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY']);

/** Mentions are offsets into the article body (UTF-16 code units, end exclusive); their text is read back from the body. */
export const EntityAnnotation = z.strictObject({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  salience: z.number().min(0).max(1),
  inTitle: z.boolean(),
  mentions: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
export type EntityAnnotation = z.infer<typeof EntityAnnotation>;

/** `article.enriched` v1: the parsed article with its canonical entities. */
export const ArticleEnrichedV1 = z.strictObject({
  article: ParsedArticleFields,
  entities: z.array(EntityAnnotation),
});
export type ArticleEnrichedV1 = z.infer<typeof ArticleEnrichedV1>;
