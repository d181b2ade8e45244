import { createHash } from 'crypto';
import { nameBasedUuid } from '../deterministic-id';

export type ArticleContentType = 'text/html' | 'text/plain';

const LOOKS_LIKE_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p|section|main|meta|title)\b/i;

/** Content type of a submission that did not declare one. */
export function sniffContentType(content: string): ArticleContentType {
  return LOOKS_LIKE_HTML.test(content) ? 'text/html' : 'text/plain';
}

/** The de-duplication key of a submission: the same content is the same article (as a string or as its UTF-8 bytes: one hash). */
export function submissionContentHash(contentType: string, content: string | Uint8Array, title: string | null, body: string | null): string {
  return createHash('sha256')
    .update(contentType)
    .update('\u0000')
    .update(content)
    .update('\u0000')
    .update(title ?? '')
    .update('\u0000')
    .update(body ?? '')
    .digest('hex');
}

const exactUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function asText(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : exactUtf8.decode(content);
}

/** Article ids are derived from the content hash, so any client can know an article's id up front. */
export function articleIdForContentHash(contentHash: string): string {
  return nameBasedUuid('article', contentHash);
}

/**
 * The fields of a submission that decide its identity; `content` is the decoded text (content,
 * contentBase64 decoded, or body), as a string or as its UTF-8 bytes.
 */
export interface SubmissionIdentityInput {
  contentType?: ArticleContentType;
  /** Whether the submission carried raw content (content or contentBase64) rather than an extracted body. */
  hasRawContent: boolean;
  content: string | Uint8Array;
  title?: string;
  body?: string;
}

/** How ingest identifies a submission, so a client (the CLI's resume state) can know the article id without asking. */
export function submissionIdentity(input: SubmissionIdentityInput): {
  contentType: ArticleContentType;
  title: string | null;
  body: string | null;
  contentHash: string;
  articleId: string;
} {
  const contentType = input.contentType ?? (input.hasRawContent ? sniffContentType(asText(input.content)) : 'text/plain');
  const title = input.title?.trim() || null;
  const body = input.body ?? null;
  const contentHash = submissionContentHash(contentType, input.content, title, body);
  return { contentType, title, body, contentHash, articleId: articleIdForContentHash(contentHash) };
}
