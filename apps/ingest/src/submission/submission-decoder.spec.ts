import type { ConsumeMessage } from 'amqplib';
import { ContractViolation, EventTypes, submissionContentHash, submissionIdentity } from '@newswire/contracts';
import { encodeSubmissionBody } from '@newswire/messaging';
import { admitSubmission, contentHashOf, NormalizedSubmission } from './normalize-submission';
import { submissionDecoder } from './submission-decoder';

// The real identity rule, counted: decoding hashes a page-sized content once, not once per check.
jest.mock('@newswire/contracts', () => {
  const actual = jest.requireActual('@newswire/contracts');
  return { ...actual, submissionIdentity: jest.fn(actual.submissionIdentity), submissionContentHash: jest.fn(actual.submissionContentHash) };
});

const MAX_BYTES = 1024 * 1024;

function message(body: unknown, messageId?: string): ConsumeMessage {
  return delivery(Buffer.from(JSON.stringify(body)), messageId);
}

function delivery(content: Buffer, messageId?: string): ConsumeMessage {
  return { content, properties: { messageId, headers: {} }, fields: {} } as unknown as ConsumeMessage;
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
    expect(envelope.payload).toEqual({ content: Buffer.from('Some text'), contentType: 'text/plain' });
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

  it('takes the content attached after the JSON (as `newswire submit` sends it) as the same article, as bytes', () => {
    const page = '<p>Café owners protest in Seoul</p>';
    const asJson = decode(message({ content: page, contentType: 'text/html' }, 'm-2'));
    const asAttached = decode(delivery(encodeSubmissionBody({ content: page, contentType: 'text/html' }), 'm-2'));
    expect({ ...asAttached, occurredAt: asJson.occurredAt }).toEqual(asJson);
    const body = Buffer.concat([
      Buffer.from(JSON.stringify({ id: 'e-1', type: 'article.submitted', payload: { contentType: 'text/html' } })),
      Buffer.of(0),
      Buffer.from(page),
    ]);
    expect(decode(delivery(body))).toMatchObject({ id: 'e-1', articleId: asJson.articleId, payload: { content: Buffer.from(page) } });
  });

  it('refuses attached content that is not UTF-8, or content both in the JSON and attached', () => {
    const head = Buffer.from(JSON.stringify({ contentType: 'text/plain' }));
    expect(() => decode(delivery(Buffer.concat([head, Buffer.of(0, 0x43, 0x61, 0x66, 0xe9)])))).toThrow(/attached content is not valid UTF-8/);
    const twice = Buffer.concat([Buffer.from(JSON.stringify({ content: 'a' })), Buffer.of(0), Buffer.from('b')]);
    expect(() => decode(delivery(twice))).toThrow(ContractViolation);
  });

  it('refuses an envelope of another type as a contract violation', () => {
    expect(() => decode(message({ id: 'x', type: 'article.parsed', payload: { content: 'text' } }))).toThrow(ContractViolation);
  });
});
