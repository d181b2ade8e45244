import { z } from 'zod';

/** `article.published` v1: a compact notice; the document itself is served by the publish API. */
export const ArticlePublishedV1 = z
  .object({
    title: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.string().nullable(),
    entityIds: z.array(z.string()),
  })
  .strict();
export type ArticlePublishedV1 = z.infer<typeof ArticlePublishedV1>;
