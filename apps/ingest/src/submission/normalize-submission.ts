import {
  ArticleContentType,
  articleIdForContentHash,
  ArticleSubmittedV1,
  ContractViolation,
  describeZodIssues,
  sniffContentType,
  submissionContentHash,
} from '@newswire/contracts';
import { decodeContent } from '@newswire/extraction';
import { PermanentFailure } from '@newswire/messaging';

/** A submission reduced to what ingest stores, with the content hash that de-duplicates it. */
export interface NormalizedSubmission {
  articleId: string;
  contentHash: string;
  contentType: ArticleContentType;
  content: string;
  title: string | null;
  body: string | null;
  source: string | null;
  url: string | null;
  externalId: string | null;
}

export { sniffContentType };

/** Validates a raw submission payload against the article.submitted contract. */
export function validateSubmission(raw: unknown): ArticleSubmittedV1 {
  const result = ArticleSubmittedV1.safeParse(raw);
  if (!result.success) {
    throw new ContractViolation(describeZodIssues(result.error));
  }
  return result.data;
}

/**
 * Normalisations already made, by submission object: the decoder (or the HTTP controller) needs
 * the article id before the handler stores the article, and hashing a page-sized content twice
 * would be a large share of ingest's CPU. Entries go with their submission.
 */
const normalized = new WeakMap<ArticleSubmittedV1, { maxBytes: number; result: NormalizedSubmission }>();

/**
 * Decodes, bounds and fingerprints a submission. The article id is derived from the content
 * hash, so the same article submitted twice (over AMQP or HTTP) is one article. A submission
 * object is normalised once; asking again returns the same result (or throws the same way).
 */
export function normalizeSubmission(submission: ArticleSubmittedV1, maxBytes: number): NormalizedSubmission {
  const known = normalized.get(submission);
  if (known?.maxBytes === maxBytes) return known.result;
  const result = normalizeUncached(submission, maxBytes);
  normalized.set(submission, { maxBytes, result });
  return result;
}

function normalizeUncached(submission: ArticleSubmittedV1, maxBytes: number): NormalizedSubmission {
  let content: string;
  if (submission.contentBase64 !== undefined) {
    const bytes = Buffer.from(submission.contentBase64, 'base64');
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    content = decodeContent(bytes, submission.contentType);
  } else {
    content = submission.content ?? submission.body ?? '';
  }
  const size = Buffer.byteLength(content, 'utf8');
  if (size > maxBytes) throw tooLarge(size, maxBytes);
  if (content.trim() === '') throw new PermanentFailure('the submitted article is empty', 'EMPTY');
  if (content.includes('\u0000')) throw new PermanentFailure('the submitted content is binary (contains NUL characters)', 'BINARY');
  const contentType: ArticleContentType =
    submission.contentType ?? (submission.content !== undefined || submission.contentBase64 !== undefined ? sniffContentType(content) : 'text/plain');
  const title = submission.title?.trim() || null;
  const body = submission.body ?? null;
  const contentHash = submissionContentHash(contentType, content, title, body);
  return {
    articleId: articleIdForContentHash(contentHash),
    contentHash,
    contentType,
    content,
    title,
    body,
    source: submission.source ?? null,
    url: submission.url ?? null,
    externalId: submission.externalId ?? null,
  };
}

function tooLarge(size: number, maxBytes: number): PermanentFailure {
  return new PermanentFailure(`the submitted article is ${size} bytes, over the limit of ${maxBytes}`, 'TOO_LARGE');
}
