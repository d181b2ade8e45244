import { ArticleContentType, ArticleSubmittedV1, ContractViolation, describeZodIssues, submissionContentHash, submissionIdentity } from '@newswire/contracts';
import { decodeContent } from '@newswire/extraction/charset';
import { PermanentFailure } from '@newswire/messaging';

/**
 * An `article.submitted` payload in the form ingest stores: decoded text, a content type, a
 * trimmed title. The edges (HTTP controller, queue decoder) put this form in the envelope, so
 * the handler stores what it is given.
 */
export type NormalizedSubmission = Omit<ArticleSubmittedV1, 'contentBase64'> & { content: string; contentType: ArticleContentType };

/** What the edges make of a submission: the payload to carry on and the article id it derives. */
export interface AdmittedSubmission {
  payload: NormalizedSubmission;
  articleId: string;
}

/**
 * The one place a submission is checked and normalised: validated against the article.submitted
 * contract (ContractViolation), then decoded, bounded and refused when empty or binary
 * (PermanentFailure). The article id is derived from the content, so the same article
 * submitted twice (over AMQP or HTTP) is one article.
 */
export function admitSubmission(raw: unknown, maxBytes: number): AdmittedSubmission {
  const result = ArticleSubmittedV1.safeParse(raw);
  if (!result.success) throw new ContractViolation(describeZodIssues(result.error));
  return normalize(result.data, maxBytes);
}

/**
 * Content hashes of the payloads admitted in this process: the edge derives the article id from
 * the hash, and the handler stores the same hash; hashing a page-sized content again would be a
 * large share of ingest's CPU. Entries go with their payload.
 */
const admittedHashes = new WeakMap<NormalizedSubmission, string>();

/** The de-duplication key of a normalised submission (the one computed at admission when there was one). */
export function contentHashOf(submission: NormalizedSubmission): string {
  return admittedHashes.get(submission) ?? submissionContentHash(submission.contentType, submission.content, submission.title ?? null, submission.body ?? null);
}

function normalize(submission: ArticleSubmittedV1, maxBytes: number): AdmittedSubmission {
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
  // The identity rule clients share (the CLI's resume state knows an article's id up front).
  const { contentType, title, articleId, contentHash } = submissionIdentity({
    contentType: submission.contentType,
    hasRawContent: submission.content !== undefined || submission.contentBase64 !== undefined,
    content,
    title: submission.title,
    body: submission.body,
  });
  const payload: NormalizedSubmission = {
    source: submission.source,
    url: submission.url,
    externalId: submission.externalId,
    fetchedAt: submission.fetchedAt,
    contentType,
    content,
    title: title ?? undefined,
    body: submission.body,
  };
  admittedHashes.set(payload, contentHash);
  return { payload, articleId };
}

function tooLarge(size: number, maxBytes: number): PermanentFailure {
  return new PermanentFailure(`the submitted article is ${size} bytes, over the limit of ${maxBytes}`, 'TOO_LARGE');
}
