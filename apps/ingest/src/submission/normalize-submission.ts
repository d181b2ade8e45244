import { ArticleContentType, ArticleSubmittedV1, ContractViolation, describeZodIssues, sniffContentType, submissionIdentity } from '@newswire/contracts';
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
  /** When a crawler fetched the page, if the submission says. */
  fetchedAt: string | null;
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
 * Decodes, bounds and fingerprints a submission. The article id is derived from the content
 * hash, so the same article submitted twice (over AMQP or HTTP) is one article.
 */
export function normalizeSubmission(submission: ArticleSubmittedV1, maxBytes: number): NormalizedSubmission {
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
  const { articleId, contentHash, contentType, title, body } = submissionIdentity({
    contentType: submission.contentType,
    hasRawContent: submission.content !== undefined || submission.contentBase64 !== undefined,
    content,
    title: submission.title,
    body: submission.body,
  });
  return {
    articleId,
    contentHash,
    contentType,
    content,
    title,
    body,
    source: submission.source ?? null,
    url: submission.url ?? null,
    externalId: submission.externalId ?? null,
    fetchedAt: submission.fetchedAt ?? null,
  };
}

function tooLarge(size: number, maxBytes: number): PermanentFailure {
  return new PermanentFailure(`the submitted article is ${size} bytes, over the limit of ${maxBytes}`, 'TOO_LARGE');
}
