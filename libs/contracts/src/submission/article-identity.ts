import { createHash } from 'crypto';
import { nameBasedUuid } from '../deterministic-id';

export type ArticleContentType = 'text/html' | 'text/plain';

const LOOKS_LIKE_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|div|p|section|main|meta|title)\b/i;

/** Content type of a submission that did not declare one. */
export function sniffContentType(content: string): ArticleContentType {
  return LOOKS_LIKE_HTML.test(content) ? 'text/html' : 'text/plain';
}

/** The de-duplication key of a submission: the same content is the same article. */
export function submissionContentHash(contentType: string, content: string, title: string | null, body: string | null): string {
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

/** Article ids are derived from the content hash, so any client can know an article's id up front. */
export function articleIdForContentHash(contentHash: string): string {
  return nameBasedUuid('article', contentHash);
}
