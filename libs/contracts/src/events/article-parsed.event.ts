import { z } from 'zod';

/** The parsed article as it travels between stages; `body` is the paragraphs joined by blank lines. */
export const ParsedArticleFields = z.strictObject({
  url: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  authors: z.array(z.string()),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  language: z.string().nullable(),
  paragraphs: z.array(z.string()),
  wordCount: z.number().int().nonnegative(),
});
export type ParsedArticleFields = z.infer<typeof ParsedArticleFields>;

/** `article.parsed` v1. */
export const ArticleParsedV1 = ParsedArticleFields;
export type ArticleParsedV1 = ParsedArticleFields;

export function articleBody(article: Pick<ParsedArticleFields, 'paragraphs'>): string {
  return article.paragraphs.join('\n\n');
}
