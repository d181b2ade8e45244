import { z } from 'zod';

/** `article.ingested` v1: the stored raw article, carried whole because parse reads no ingest table. */
export const ArticleIngestedV1 = z.strictObject({
  source: z.string().nullable(),
  url: z.string().nullable(),
  contentType: z.enum(['text/html', 'text/plain']),
  content: z.string(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  receivedAt: z.iso.datetime({ offset: true }),
  title: z.string().nullable(),
  body: z.string().nullable(),
});
export type ArticleIngestedV1 = z.infer<typeof ArticleIngestedV1>;
