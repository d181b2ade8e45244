import { z } from 'zod';

/** `article.published` v1: a compact notice; the document itself is served by the publish API. */
export const ArticlePublishedV1 = z.strictObject({
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  entityIds: z.array(z.string()),
});
export type ArticlePublishedV1 = z.infer<typeof ArticlePublishedV1>;
