import type { ConsumeMessage } from 'amqplib';
import { ContractViolation, EventTypes, submissionContentHash, submissionIdentity } from '@newswire/contracts';
import { admitSubmission, contentHashOf, NormalizedSubmission } from './normalize-submission';
import { submissionDecoder } from './submission-decoder';

// The real identity rule, counted: decoding hashes a page-sized content once, not once per check.
jest.mock('@newswire/contracts', () => {
  const actual = jest.requireActual('@newswire/contracts');
  return { ...actual, submissionIdentity: jest.fn(actual.submissionIdentity), submissionContentHash: jest.fn(actual.submissionContentHash) };
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
    expect(envelope.articleId).toBe(admitSubmission({ content: '<p>Hello</p>', contentType: 'text/html' }, MAX_BYTES).articleId);
  });

  it('hashes the content once while decoding and hands on the normalised payload', () => {
    const identify = jest.mocked(submissionIdentity);
    identify.mockClear();
    const envelope = decode(message({ content: 'Some text', contentType: 'text/plain' }));
    expect(identify).toHaveBeenCalledTimes(1);
    expect(envelope.payload).toEqual({ content: 'Some text', contentType: 'text/plain' });
  });

  it('gives the handler the hash decoding computed, and hashes only a payload it did not admit', () => {
    const envelope = decode(message({ content: 'Some text', contentType: 'text/plain' }));
    const payload = envelope.payload as NormalizedSubmission;
    const hash = jest.mocked(submissionContentHash);
    hash.mockClear();
    const admitted = contentHashOf(payload);
    expect(hash).not.toHaveBeenCalled();
    expect(contentHashOf({ ...payload })).toBe(admitted);
    expect(hash).toHaveBeenCalledTimes(1);
  });

  it('refuses an envelope of another type as a contract violation', () => {
    expect(() => decode(message({ id: 'x', type: 'article.parsed', payload: { content: 'text' } }))).toThrow(ContractViolation);
  });
});
