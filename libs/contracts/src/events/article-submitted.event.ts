import { z } from 'zod';

/**
 * `article.submitted` v1: what anyone may publish to the ingest queue. The article is
 * either raw content (an HTML page or a text dump) or an already-extracted title and body.
 */
export const ArticleSubmittedV1 = z
  .strictObject({
    source: z.string().max(200).optional(),
    url: z.url().max(4096).optional(),
    externalId: z.string().max(500).optional(),
    /** When a crawler fetched the page (a WARC record's WARC-Date), kept with the raw article. */
    fetchedAt: z.iso.datetime({ offset: true }).optional(),
    contentType: z.enum(['text/html', 'text/plain']).optional(),
    content: z.string().optional(),
    /** Raw bytes in base64 for content whose charset is not UTF-8. */
    contentBase64: z.string().optional(),
    title: z.string().max(2000).optional(),
    body: z.string().optional(),
  })
  .refine((p) => p.content !== undefined || p.contentBase64 !== undefined || p.body !== undefined, {
    error: 'one of content, contentBase64 or body is required',
  });
export type ArticleSubmittedV1 = z.infer<typeof ArticleSubmittedV1>;
