import { ATTACHED_EVENT_CONTENT_TYPE, ContractViolation, EventEnvelope, validateEnvelope } from '@newswire/contracts';
import { checkUtf8, decodeEventBody, encodeEventBody, encodeSubmissionBody, eventBodyContentType, parseJsonMessage, splitAttachment } from './event-body';

describe('parseJsonMessage', () => {
  it('parses a UTF-8 JSON body, multi-byte characters included, and one that opens with a byte-order mark', () => {
    expect(parseJsonMessage(Buffer.from('{"title":"Pyongyang – 평양"}'))).toEqual({ title: 'Pyongyang – 평양' });
    expect(parseJsonMessage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"a":1}')]))).toEqual({ a: 1 });
  });

  it('refuses bytes that are not UTF-8 and text that is not JSON, saying which', () => {
    const latin1 = Buffer.from('{"title":"Café"}', 'latin1');
    expect(() => parseJsonMessage(latin1)).toThrow(ContractViolation);
    expect(() => parseJsonMessage(latin1)).toThrow(/not valid UTF-8/);
    expect(() => parseJsonMessage(Buffer.from('{"a":'))).toThrow(/malformed JSON/);
  });
});

describe('event bodies', () => {
  const page = '<html><body><p>"Quoted" – 평양\n\u0000 and a NUL the page may hold</p></body></html>';
  const envelope = (type: string, payload: unknown): EventEnvelope =>
    ({
      id: 'article.ingested:1',
      type,
      version: 1,
      articleId: '0d8f1f0e-7a1c-4b8a-9d3e-2f4f5b6c7d8e',
      correlationId: 'c1',
      occurredAt: '2026-12-02T10:00:00.000Z',
      payload,
    }) as EventEnvelope;
  const ingested = envelope('article.ingested', {
    source: null,
    url: 'https://example.com/a',
    contentType: 'text/html',
    content: page,
    contentHash: 'a'.repeat(64),
    receivedAt: '2026-12-02T10:00:00.000Z',
    title: null,
    body: null,
  });

  it('carries article.ingested content as raw UTF-8 after the JSON and a NUL byte, not escaped inside it', () => {
    const body = encodeEventBody(ingested);
    const cut = body.indexOf(0);
    const head = JSON.parse(body.subarray(0, cut).toString());
    expect(head.payload).not.toHaveProperty('content');
    expect(head.payload.url).toBe('https://example.com/a');
    expect(body.subarray(cut + 1).toString()).toBe(page);
    expect(eventBodyContentType(body)).toBe(ATTACHED_EVENT_CONTENT_TYPE);
  });

  it('encodes content held as UTF-8 bytes exactly as the same content held as text', () => {
    const asBytes = { ...ingested, payload: { ...(ingested.payload as object), content: Buffer.from(page) } } as EventEnvelope;
    expect(encodeEventBody(asBytes)).toEqual(encodeEventBody(ingested));
  });

  it('encodes a bare submission payload with its content attached, and one without content as plain JSON', () => {
    const body = encodeSubmissionBody({ contentType: 'text/html', content: page, url: 'https://example.com/a' });
    const { json, attached } = splitAttachment(body);
    expect(JSON.parse(json.toString())).toEqual({ contentType: 'text/html', url: 'https://example.com/a' });
    expect(attached?.toString()).toBe(page);
    const extracted = { title: 'T', body: 'Text.' };
    expect(encodeSubmissionBody(extracted).toString()).toBe(JSON.stringify(extracted));
    expect(splitAttachment(Buffer.from('{}')).attached).toBeNull();
  });

  it('checks attached bytes are UTF-8 without decoding them', () => {
    const bytes = Buffer.from(page);
    expect(checkUtf8(bytes, 'the page')).toBe(bytes);
    expect(() => checkUtf8(Buffer.from('Café', 'latin1'), 'the page')).toThrow(/the page is not valid UTF-8/);
  });

  it('decodes to the envelope it encoded, the attached text kept as its UTF-8 bytes, which validates as before', () => {
    const decoded = decodeEventBody(encodeEventBody(ingested));
    const withBytes = { ...ingested, payload: { ...(ingested.payload as object), content: Buffer.from(page) } };
    expect(decoded).toEqual(withBytes);
    expect(validateEnvelope(decoded, 'article.ingested')).toEqual(withBytes);
  });

  it('still validates the rest of a payload whose attached text is bytes', () => {
    const decoded = decodeEventBody(encodeEventBody({ ...ingested, payload: { ...(ingested.payload as object), contentHash: 'not a hash' } } as EventEnvelope));
    expect(() => validateEnvelope(decoded, 'article.ingested')).toThrow(/payload.contentHash/);
  });

  it('keeps other events, and an ingested event written as plain JSON, plain JSON', () => {
    const parsed = envelope('article.parsed', { title: 'T' });
    const body = encodeEventBody(parsed);
    expect(body.toString()).toBe(JSON.stringify(parsed));
    expect(eventBodyContentType(body)).toBe('application/json');
    expect(decodeEventBody(Buffer.from(JSON.stringify(ingested)))).toEqual(ingested);
  });

  it('refuses an attachment on a type without one, a field carried twice, and an attachment that is not UTF-8', () => {
    const withNul = (head: unknown, tail: Buffer) => Buffer.concat([Buffer.from(JSON.stringify(head)), Buffer.of(0), tail]);
    expect(() => decodeEventBody(withNul(envelope('article.parsed', {}), Buffer.from('x')))).toThrow(/only in events with an attached field/);
    expect(() => decodeEventBody(withNul(ingested, Buffer.from('x')))).toThrow(/both in the JSON and attached/);
    const withoutContent = { ...(ingested.payload as Record<string, unknown>) };
    delete withoutContent.content;
    expect(() => decodeEventBody(withNul({ ...ingested, payload: withoutContent }, Buffer.from('Café', 'latin1')))).toThrow(/not valid UTF-8/);
    expect(() => decodeEventBody(Buffer.from('{"type":"article.ingested"\u0000x'))).toThrow(ContractViolation);
  });
});
