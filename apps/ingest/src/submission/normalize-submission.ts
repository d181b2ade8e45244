import {
  ArticleContentType,
  ArticleSubmittedV1,
  ContractViolation,
  describeZodIssues,
  EventTypes,
  schemaViewOf,
  submissionContentHash,
  submissionIdentity,
} from '@newswire/contracts';
import { decodeContent, isBlankUtf8 } from '@newswire/extraction/charset';
import { PermanentFailure } from '@newswire/messaging';

/**
 * An `article.submitted` payload in the form ingest stores: the content as UTF-8 bytes, a content
 * type, a trimmed title. The edges (HTTP controller, queue decoder) put this form in the envelope, so
 * the handler stores what it is given. The content stays bytes through ingest: it is stored and
 * sent on as such, and a page that arrived attached (contracts' ATTACHED_FIELD) is never decoded.
 */
export type NormalizedSubmission = Omit<ArticleSubmittedV1, 'contentBase64' | 'content'> & { content: Buffer; contentType: ArticleContentType };

/** What the edges make of a submission: the payload to carry on and the article id it derives. */
export interface AdmittedSubmission {
  payload: NormalizedSubmission;
  articleId: string;
}

/**
 * The one place a submission is checked and normalised: validated against the article.submitted
 * contract (ContractViolation), then decoded, bounded and refused when empty or binary
 * (PermanentFailure). The article id is derived from the content, so the same article
 * submitted twice (over AMQP or HTTP, in the JSON or attached) is one article. `attached` is the
 * content's UTF-8 bytes when it travelled after the JSON (checked UTF-8 by the caller).
 */
export function admitSubmission(raw: unknown, maxBytes: number, attached?: Buffer): AdmittedSubmission {
  if (attached && typeof raw === 'object' && raw !== null && ('content' in raw || 'contentBase64' in raw)) {
    throw new ContractViolation(['the content is attached after the JSON, so the payload carries neither content nor contentBase64']);
  }
  const submitted = attached && typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw, content: attached } : raw;
  const result = ArticleSubmittedV1.safeParse(schemaViewOf(EventTypes.ArticleSubmitted, submitted));
  if (!result.success) throw new ContractViolation(describeZodIssues(result.error));
  return normalize(result.data, maxBytes, attached);
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

function normalize(submission: ArticleSubmittedV1, maxBytes: number, attached?: Buffer): AdmittedSubmission {
  let content: Buffer;
  if (attached) {
    content = attached;
  } else if (submission.contentBase64 !== undefined) {
    const bytes = Buffer.from(submission.contentBase64, 'base64');
    if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    content = Buffer.from(decodeContent(bytes, submission.contentType));
  } else {
    content = Buffer.from(submission.content ?? submission.body ?? '');
  }
  if (content.length > maxBytes) throw tooLarge(content.length, maxBytes);
  if (isBlankUtf8(content)) throw new PermanentFailure('the submitted article is empty', 'EMPTY');
  // U+0000 is the only character whose UTF-8 holds a zero byte.
  if (content.includes(0)) throw new PermanentFailure('the submitted content is binary (contains NUL characters)', 'BINARY');
  // The identity rule clients share (the CLI's resume state knows an article's id up front).
  const { contentType, title, articleId, contentHash } = submissionIdentity({
    contentType: submission.contentType,
    hasRawContent: attached !== undefined || submission.content !== undefined || submission.contentBase64 !== undefined,
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
