import type { ConsumeMessage } from 'amqplib';
import { ArticleSubmittedV1, ContractViolation, EventTypes, submissionContentHash } from '@newswire/contracts';
import { normalizeSubmission } from './normalize-submission';
import { submissionDecoder } from './submission-decoder';

// The real hash, counted: hashing a page-sized content is what normalising once saves.
jest.mock('@newswire/contracts', () => {
  const actual = jest.requireActual('@newswire/contracts');
  return { ...actual, submissionContentHash: jest.fn(actual.submissionContentHash) };
});

const MAX_BYTES = 1024 * 1024;

function message(body: unknown, messageId?: string): ConsumeMessage {
  return { content: Buffer.from(JSON.stringify(body)), properties: { messageId, headers: {} }, fields: {} } as unknown as ConsumeMessage;
}

describe('submissionDecoder', () => {
  const decode = submissionDecoder(MAX_BYTES);

  it('turns a bare payload into an article.submitted envelope whose article id comes from the content', () => {
    const envelope = decode(message({ content: '<p>Hello</p>', contentType: 'text/html' }, 'm-1'));
    expect(envelope).toMatchObject({ id: 'm-1', type: EventTypes.ArticleSubmitted, version: 1 });
    expect(envelope.articleId).toBe(normalizeSubmission(envelope.payload as ArticleSubmittedV1, MAX_BYTES).articleId);
  });

  it('hands the handler the submission it already normalised, so the content is hashed once', () => {
    const hash = jest.mocked(submissionContentHash);
    hash.mockClear();
    const envelope = decode(message({ content: 'Some text', contentType: 'text/plain' }));
    const article = normalizeSubmission(envelope.payload as ArticleSubmittedV1, MAX_BYTES); // what the handler does
    expect(article.articleId).toBe(envelope.articleId);
    expect(hash).toHaveBeenCalledTimes(1);
  });

  it('refuses an envelope of another type as a contract violation', () => {
    expect(() => decode(message({ id: 'x', type: 'article.parsed', payload: { content: 'text' } }))).toThrow(ContractViolation);
  });
});
