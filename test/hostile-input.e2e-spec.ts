import { randomUUID } from 'crypto';
import { readFileSync } from 'fs';
import * as path from 'path';
import { articleIdForContentHash, stageEventId, submissionContentHash } from '@newswire/contracts';
import { encodeSubmissionBody } from '@newswire/messaging';
import { waitUntil } from './support/amqp-test-client';
import { StageProcess } from './support/stage-processes';
import { seededRandom } from './support/prng';
import { runPipelineForSuite } from './support/running-pipeline';

const API_KEY = `test-api-key-${randomUUID()}`;
const MAX_ARTICLE_BYTES = 2_000_000;
const sample = readFileSync(path.resolve(__dirname, '../../shared/samples/korea-herald-nk-talks.txt'), 'utf8');
const idOf = (content: string, type = 'text/plain') => articleIdForContentHash(submissionContentHash(type, content, null, null));

/** Messages that are invalid by construction: not JSON, not an object, or no usable content. */
function malformedMessage(random: () => number, i: number): Buffer {
  const pick = Math.floor(random() * 8);
  const junk = () => Array.from({ length: 1 + Math.floor(random() * 200) }, () => String.fromCharCode(Math.floor(random() * 0xffff))).join('');
  switch (pick) {
    case 0:
      return Buffer.from(`}${junk()}`); // never parses
    case 1:
      return Buffer.from(JSON.stringify({ content: 'x' }).slice(0, 1 + Math.floor(random() * 10))); // truncated
    case 2:
      return Buffer.from(JSON.stringify([i, junk()])); // not an object
    case 3:
      return Buffer.from(JSON.stringify({ headline: junk(), n: i })); // wrong shape
    case 4:
      return Buffer.from(JSON.stringify({ content: random() > 0.5 ? i : null })); // wrong type
    case 5:
      return Buffer.from(JSON.stringify({ type: 'article.exploded', version: 1, payload: { content: junk() } })); // unknown type
    case 6:
      return Buffer.from(JSON.stringify({ type: 'article.submitted', version: 9, payload: { content: junk() } })); // unknown version
    default:
      return Buffer.from(Array.from({ length: 64 }, () => Math.floor(random() * 256)).map((b) => (b === 0x7b ? 0 : b))); // binary
  }
}

describe('hostile and broken input: a clear error, kept, and nothing crashes', () => {
  const running = runPipelineForSuite({ API_KEYS: API_KEY, MAX_ARTICLE_BYTES: String(MAX_ARTICLE_BYTES), RATE_LIMIT_PER_MINUTE: '100000' });
  let ingest: StageProcess;
  const auth = { authorization: `Bearer ${API_KEY}` };
  const count = (sql: string, params: unknown[] = []) => running.count(sql, params);

  beforeAll(() => {
    ingest = running.pipeline.get('ingest');
  });

  it('requires an API key, sets security headers and escapes article text in API output', async () => {
    const html =
      '<html><body><article><h1>Markup test</h1><p>The council met in Lisbon on Tuesday to discuss the harbour budget <script>alert(1)</script> and other matters of the city.</p><p>Officials said &lt;script&gt;alert(2)&lt;/script&gt; should never run anywhere.</p></article></body></html>';
    const denied = await fetch(`${ingest.url}/articles`, { method: 'POST', headers: { 'content-type': 'text/html' }, body: html });
    expect(denied.status).toBe(401);
    const wrongKey = await fetch(`${ingest.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/html', 'x-api-key': `${API_KEY}x` },
      body: html,
    });
    expect(wrongKey.status).toBe(401);
    expect((await fetch(`${ingest.url}/health`)).status).toBe(200); // probes need no key

    const accepted = await fetch(`${ingest.url}/articles`, { method: 'POST', headers: { 'content-type': 'text/html', ...auth }, body: html });
    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('x-content-type-options')).toBe('nosniff');
    expect(accepted.headers.get('content-security-policy')).toContain("default-src 'self'");
    const { articleId } = (await accepted.json()) as { articleId: string };
    await running.published.waitFor([articleId], 60000);

    const response = await fetch(`${running.pipeline.get('publish').url}/articles/${articleId}`, { headers: auth });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const raw = await response.text();
    expect(raw).not.toMatch(/<script/i); // escaped as \u003c in JSON: inert even if rendered as HTML
    const document = JSON.parse(raw);
    expect(document.body).toContain('<script>alert(2)</script>'); // the text itself is kept
    expect(document.body).not.toContain('alert(1)'); // markup of the page is not article text
  });

  it('limits the request rate per client', async () => {
    const limited = await running.pipeline.add('ingest', { API_KEYS: API_KEY, RATE_LIMIT_PER_MINUTE: '5' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await fetch(`${limited.url}/articles`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' })).status);
    expect(statuses.slice(0, 5).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    await limited.stop();
  });

  it('handles each kind of broken message with a recorded reason, and processes the valid odd ones', async () => {
    const latin1Html = Buffer.from(
      '<html><head><meta charset="iso-8859-1"><title>Caf\xe9 owners protest</title></head><body><article><h1>Caf\xe9 owners protest</h1><p>Owners of caf\xe9s in Montr\xe9al closed their doors on Friday to protest against a new tax on terraces, the association said.</p><p>The city council will discuss the measure next week, according to the mayor\u2019s office.</p></article></body></html>'.replace(
        '\u2019',
        "'",
      ),
      'latin1',
    );
    const deep = `<html><body><article><h1>Deep</h1>${'<div>'.repeat(100000)}<p>Deeply nested text about the weather in Oslo and Bergen on Sunday.</p>${'</div>'.repeat(100000)}</article></body></html>`;
    const hugeAttribute = `<html><body><article><h1>Attribute</h1><p data-x="${'a'.repeat(250000)}">Text with a huge attribute about ships in Hamburg harbour this winter season.</p></article></body></html>`;
    const envelopeOf = (type: string, version: number) => ({
      id: randomUUID(),
      type,
      version,
      correlationId: 'c',
      occurredAt: new Date().toISOString(),
      payload: { content: 'x' },
    });
    const cases = {
      malformedJson: await running.client.submit(Buffer.from('{"content": ')),
      wrongShape: await running.client.submit({ content: 42 }),
      unknownType: await running.client.submit(envelopeOf('article.exploded', 1)),
      unknownVersion: await running.client.submit(envelopeOf('article.submitted', 7)),
      oversized: await running.client.submit({ content: 'word '.repeat(MAX_ARTICLE_BYTES / 4), contentType: 'text/plain' }),
      binary: await running.client.submit({ content: 'PK\u0003\u0004\u0000\u0000binary', contentType: 'text/plain' }),
      nonUtf8Bytes: await running.client.submit(Buffer.concat([Buffer.from('{"content": "'), Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from('"}')])),
      // The content attached after the JSON and a NUL byte (as `newswire submit` sends it), broken two ways.
      attachedNonUtf8: await running.client.submit(
        Buffer.concat([Buffer.from('{"contentType": "text/plain"}'), Buffer.of(0, 0xff, 0xfe), Buffer.from(' text')]),
      ),
      attachedTwice: await running.client.submit(Buffer.concat([Buffer.from('{"content": "a"}'), Buffer.of(0), Buffer.from('b')])),
    };
    const reusedId = randomUUID();
    await running.client.submit({ content: sample.replace('Back To Top', 'Edition A'), contentType: 'text/plain' }, { messageId: reusedId });
    await running.client.submit({ content: sample.replace('Back To Top', 'Edition B'), contentType: 'text/plain' }, { messageId: reusedId });

    // Valid though unusual: no message id at all, bytes in Latin-1, hostile markup.
    const noIdContent = sample.replace('Back To Top', 'No id edition');
    await running.client.submit({ content: noIdContent, contentType: 'text/plain' }, { messageId: undefined });
    const attachedContent = sample.replace('Back To Top', 'Attached edition');
    await running.client.submit(encodeSubmissionBody({ content: attachedContent, contentType: 'text/plain' }));
    await running.client.submit({ contentBase64: latin1Html.toString('base64'), contentType: 'text/html' });
    await running.client.submit({ content: deep, contentType: 'text/html' });
    await running.client.submit({ content: hugeAttribute, contentType: 'text/html' });
    await running.published.waitFor([idOf(noIdContent), idOf(attachedContent), idOf(sample.replace('Back To Top', 'Edition A'))], 60000);

    const expected = Object.keys(cases).length + 1; // + the reused id
    await waitUntil(async () => (await count('SELECT count(*) AS n FROM ingest.failed_messages')) >= expected, 30000, 'every broken message recorded');
    const reasons = new Map(
      (await running.db.query('SELECT message_id, reason FROM ingest.failed_messages')).rows.map((r) => [r.message_id, r.reason as string]),
    );
    expect(reasons.get(cases.malformedJson)).toMatch(/malformed JSON/);
    expect(reasons.get(cases.wrongShape)).toMatch(/content/);
    expect(reasons.get(cases.unknownType)).toMatch(/article\.exploded/);
    expect(reasons.get(cases.unknownVersion)).toMatch(/version 7/);
    expect(reasons.get(cases.oversized)).toMatch(/over the limit/);
    expect(reasons.get(cases.binary)).toMatch(/binary/);
    expect(reasons.get(cases.nonUtf8Bytes)).toMatch(/not valid UTF-8/);
    expect(reasons.get(cases.attachedNonUtf8)).toMatch(/attached content is not valid UTF-8/);
    expect(reasons.get(cases.attachedTwice)).toMatch(/neither content nor contentBase64/);
    expect(reasons.get(reusedId)).toMatch(/already used for different content/);

    // The parser-hostile pages are published, or refused by parse with a recorded reason: never lost.
    const hostileIds = [idOf(deep, 'text/html'), idOf(hugeAttribute, 'text/html')];
    const settled = async (articleId: string) =>
      (await count('SELECT count(*) AS n FROM publish.documents WHERE article_id = $1', [articleId])) +
      (await count(`SELECT count(*) AS n FROM parse.failed_messages WHERE convert_from(content, 'UTF8')::jsonb ->> 'articleId' = $1`, [articleId]));
    await waitUntil(async () => (await Promise.all(hostileIds.map(settled))).every((n) => n === 1), 60000, 'the parser-hostile pages');
    const latin1 = (await running.db.query(`SELECT title FROM publish.documents WHERE title LIKE 'Caf%'`)).rows[0];
    expect(latin1?.title).toBe('Café owners protest');
    for (const process of running.pipeline.processes.filter((p) => p.running)) expect((await fetch(`${process.url}/health`)).status).toBe(200);
  }, 120000);

  it('survives a fuzz of malformed messages on the queue and over HTTP, accounting for each one', async () => {
    const random = seededRandom(20261128);
    const queueIds: string[] = [];
    for (let i = 0; i < 2000; i++) queueIds.push(await running.client.submit(malformedMessage(random, i), { messageId: `fuzz-${i}-${randomUUID()}` }));

    const statuses = new Map<number, number>();
    for (let i = 0; i < 500; i++) {
      const body = malformedMessage(random, i);
      const type = random() > 0.5 ? 'application/json' : random() > 0.5 ? 'text/plain' : 'application/octet-stream';
      const response = await fetch(`${ingest.url}/articles`, { method: 'POST', headers: { ...auth, 'content-type': type }, body });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const text = await response.text();
      expect(text).not.toMatch(/\n\s+at /); // no stack trace to clients
    }
    const serverErrors = [...statuses].filter(([status]) => status >= 500);
    expect(serverErrors).toEqual([]);

    await waitUntil(
      async () => (await count('SELECT count(*) AS n FROM ingest.failed_messages WHERE message_id = ANY($1)', [queueIds])) === queueIds.length,
      120000,
      'every fuzzed queue message in the failed-messages store',
    );
    const ingestQueue = await running.client.queueDepth(running.env.topology.queue('ingest'));
    expect(ingestQueue.messageCount).toBe(0);
    for (const process of running.pipeline.processes.filter((p) => p.running)) expect((await fetch(`${process.url}/health`)).status).toBe(200);
    // Fuzz never produced an article: the published documents are only the earlier ones.
    expect(running.published.events.every((e) => e.id === stageEventId('article.published', e.articleId))).toBe(true);
  }, 240000);
});
