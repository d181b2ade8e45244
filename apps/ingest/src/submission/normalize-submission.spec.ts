import { articleIdForContentHash, ContractViolation, submissionContentHash } from '@newswire/contracts';
import { PermanentFailure } from '@newswire/messaging';
import { admitSubmission, contentHashOf } from './normalize-submission';

const MAX_BYTES = 1000;

describe('admitSubmission', () => {
  it('decodes, types and trims a submission, and derives the article id from its content', () => {
    const html = '<html><body><p>Café owners protest</p></body></html>';
    const { payload, articleId } = admitSubmission(
      { contentBase64: Buffer.from(html, 'latin1').toString('base64'), title: '  Café  ', source: 'wire' },
      MAX_BYTES,
    );
    expect(payload).toEqual({ content: Buffer.from(html), contentType: 'text/html', title: 'Café', source: 'wire' });
    expect(articleId).toBe(articleIdForContentHash(submissionContentHash('text/html', html, 'Café', null)));
    expect(contentHashOf(payload)).toBe(submissionContentHash('text/html', html, 'Café', null));
  });

  it('gives the same article for the same content however it is sent, and normalising again changes nothing', () => {
    const text = 'Seoul, Dec. 1 — talks resumed on Monday.';
    const asText = admitSubmission({ content: text }, MAX_BYTES);
    const asBase64 = admitSubmission({ contentBase64: Buffer.from(text).toString('base64'), contentType: 'text/plain' }, MAX_BYTES);
    const attached = admitSubmission({}, MAX_BYTES, Buffer.from(text));
    expect(asBase64).toEqual(asText);
    expect(attached).toEqual(asText);
    const { content, ...rest } = asText.payload;
    expect(admitSubmission(rest, MAX_BYTES, content)).toEqual(asText);
    // A byte-order mark is content in the JSON, so it is content attached too (clients hash the string they send).
    expect(admitSubmission({}, MAX_BYTES, Buffer.from(`\ufeff${text}`))).toEqual(admitSubmission({ content: `\ufeff${text}` }, MAX_BYTES));
  });

  it('takes attached content as the bytes it came in, and refuses a payload that also carries content', () => {
    const page = Buffer.from('<p>Café owners protest</p>');
    const { payload } = admitSubmission({ contentType: 'text/html', url: 'https://example.com/cafe' }, MAX_BYTES, page);
    expect(payload.content).toBe(page);
    expect(() => admitSubmission({ content: '<p>other</p>' }, MAX_BYTES, page)).toThrow(ContractViolation);
    expect(() => admitSubmission({ contentBase64: 'PHA+', contentType: 'text/html' }, MAX_BYTES, page)).toThrow(/neither content nor contentBase64/);
  });

  it('takes an already-extracted body as the content when no page is sent', () => {
    const { payload } = admitSubmission({ title: 'Talks', body: 'Talks resumed.' }, MAX_BYTES);
    expect(payload).toEqual({ content: Buffer.from('Talks resumed.'), contentType: 'text/plain', title: 'Talks', body: 'Talks resumed.' });
  });

  it.each([
    ['a payload outside the contract', { content: 42 }, ContractViolation, /content/],
    ['no content at all', { url: 'https://example.com/a' }, ContractViolation, /one of content, contentBase64 or body is required/],
    ['text over the byte limit', { content: 'é'.repeat(MAX_BYTES / 2 + 1) }, PermanentFailure, /1002 bytes, over the limit of 1000/],
    ['base64 over the byte limit', { contentBase64: Buffer.alloc(MAX_BYTES + 1, 65).toString('base64') }, PermanentFailure, /1001 bytes, over the limit/],
    ['blank content', { content: ' \n\t ' }, PermanentFailure, /empty/],
    ['content blank with Unicode spaces', { content: '\ufeff\u00a0 \u2003\n' }, PermanentFailure, /empty/],
    ['binary content', { content: 'PK\u0003\u0004\u0000binary' }, PermanentFailure, /binary/],
  ])('refuses %s', (_case, raw, errorClass, reason) => {
    expect(() => admitSubmission(raw, MAX_BYTES)).toThrow(errorClass);
    expect(() => admitSubmission(raw, MAX_BYTES)).toThrow(reason);
    // The same content attached after the JSON is refused the same way.
    const { content } = raw as { content?: unknown };
    if (typeof content === 'string') expect(() => admitSubmission({}, MAX_BYTES, Buffer.from(content))).toThrow(reason);
  });

  it('keeps content that opens with Unicode spaces before its text', () => {
    expect(admitSubmission({}, MAX_BYTES, Buffer.from('\u00a0\u00a0Talks resumed.')).payload.contentType).toBe('text/plain');
  });
});
