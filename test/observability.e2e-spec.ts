import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { OtlpReceiver, ReceivedSpan } from './support/otlp-receiver';
import { startRunningPipeline, RunningPipeline } from './support/running-pipeline';
import { waitUntil } from './support/amqp-test-client';

const sample = readFileSync(path.resolve(__dirname, '../../shared/samples/korea-herald-nk-talks.txt'), 'utf8');
/** A sentence of the article: it must never reach a log line. */
const ARTICLE_SENTENCE = 'flurry of diplomatic efforts';
const LOG_DIR = path.resolve(__dirname, '../test-output');
const STAGES = ['ingest', 'parse', 'entity-extract', 'publish'] as const;

function variant(n: number): string {
  return sample.replace('A flurry of diplomatic efforts', `In observability dispatch ${n}, a flurry of diplomatic efforts`);
}

type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>>;
  components?: object;
};

/** Checks an answer against the schema the service's own OpenAPI document gives for it. */
function expectMatchesOpenApi(doc: OpenApiDocument, route: string, method: string, status: number, body: unknown): void {
  const response = doc.paths[route]?.[method]?.responses[String(status)];
  expect(response).toBeDefined();
  const schema = response.content?.['application/json']?.schema;
  expect(schema).toBeDefined();
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // The document's components travel with the schema so its `#/components/...` references resolve.
  const validate = ajv.compile({ ...schema, components: doc.components });
  const valid = validate(body);
  if (!valid) throw new Error(`${method.toUpperCase()} ${route} ${status} does not match the OpenAPI document: ${ajv.errorsText(validate.errors)}`);
}

describe('traces, logs and API documents (four services as processes, OTLP receiver in the test)', () => {
  let receiver: OtlpReceiver;
  let running: RunningPipeline;

  beforeAll(async () => {
    receiver = await OtlpReceiver.start();
    running = await startRunningPipeline({
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
    });
  }, 180000);

  afterAll(async () => {
    await running?.stop();
    await receiver?.close();
  }, 60000);

  const service = (stage: string) => `newswire-${stage}`;

  /** Waits for every stage's spans of the trace, then checks it is one connected trace across the four stages in order. */
  async function expectPipelineTrace(traceId: string, articleId: string, root: { name: string; parentSpanId: string | null }): Promise<ReceivedSpan[]> {
    // Each service exports its spans in batches of its own, so the last stage's spans can arrive before an
    // earlier stage's: every stage's steps must arrive (the wait fails the test otherwise), then how they connect is checked.
    const steps = (consumed: string, emitted: string) => [`consume ${consumed}`, `handle ${consumed}`, 'commit', `publish ${emitted}`];
    const expectedNames: Array<[string, string[]]> = [
      ['ingest', [root.name, ...steps('article.submitted', 'article.ingested').slice(1)]],
      ['parse', steps('article.ingested', 'article.parsed')],
      ['entity-extract', steps('article.parsed', 'article.enriched')],
      ['publish', steps('article.enriched', 'article.published')],
    ];
    const names = (spans: ReceivedSpan[], stage: string) => spans.filter((s) => s.service === service(stage)).map((s) => s.name);
    await waitUntil(
      async () => {
        const received = receiver.trace(traceId);
        return expectedNames.every(([stage, expected]) => expected.every((name) => names(received, stage).includes(name)));
      },
      30000,
      `every stage's spans of trace ${traceId}`,
    );
    const spans = receiver.trace(traceId);
    const ids = new Set(spans.map((s) => s.spanId));
    const roots = spans.filter((s) => !s.parentSpanId || !ids.has(s.parentSpanId));
    expect(roots.map((s) => [s.service, s.name, s.parentSpanId])).toEqual([[service('ingest'), root.name, root.parentSpanId]]);

    // In order: each stage consumes what the stage before published (its consume span is that publish span's child), later.
    const find = (stage: string, name: string) => spans.find((s) => s.service === service(stage) && s.name === name)!;
    for (const [from, to, event] of [
      ['ingest', 'parse', 'article.ingested'],
      ['parse', 'entity-extract', 'article.parsed'],
      ['entity-extract', 'publish', 'article.enriched'],
    ] as const) {
      const published = find(from, `publish ${event}`);
      const consumed = find(to, `consume ${event}`);
      expect(consumed.parentSpanId).toBe(published.spanId);
      expect(consumed.startNs).toBeGreaterThanOrEqual(published.startNs);
    }
    const firstStart = STAGES.map((stage) =>
      spans.filter((s) => s.service === service(stage)).reduce((min, s) => (s.startNs < min ? s.startNs : min), spans[spans.length - 1].endNs),
    );
    expect([...firstStart].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(firstStart);

    // One trace per article: every span that names the article belongs to this trace.
    const ofArticle = receiver.spans.filter((s) => s.attributes['newswire.article_id'] === articleId);
    expect(ofArticle.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ofArticle.map((s) => s.traceId))).toEqual(new Set([traceId]));
    return spans;
  }

  it('an HTTP submission yields one trace whose spans cover the four services in order, and answers as its OpenAPI document says', async () => {
    const ingest = running.pipeline.get('ingest');
    const response = await fetch(`${ingest.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: variant(1), contentType: 'text/plain', source: 'korea-herald' }),
    });
    expect(response.status).toBe(202);
    const accepted = (await response.json()) as { articleId: string; status: string };
    const ingestDoc = (await fetch(`${ingest.url}/docs/json`).then((r) => r.json())) as OpenApiDocument;
    expect(ingestDoc.openapi).toMatch(/^3\./);
    expectMatchesOpenApi(ingestDoc, '/articles', 'post', 202, accepted);
    // The request body is documented from the article.submitted contract, with the raw text forms beside it.
    const requestBody = (ingestDoc.paths['/articles'].post as { requestBody?: { content: Record<string, { schema: { properties?: object } }> } }).requestBody;
    expect(Object.keys(requestBody?.content ?? {}).sort()).toEqual(['application/json', 'text/html', 'text/plain']);
    expect(Object.keys(requestBody!.content['application/json'].schema.properties ?? {})).toEqual(
      expect.arrayContaining(['content', 'contentBase64', 'url', 'source', 'title', 'body']),
    );
    await running.published.waitFor([accepted.articleId], 60000);

    // Ingest exports its spans in batches of its own: the article can be published before the root span arrives.
    const isRoot = (s: ReceivedSpan) => s.name === 'POST /articles' && s.attributes['newswire.article_id'] === accepted.articleId;
    await waitUntil(async () => receiver.spans.some(isRoot), 30000, `ingest's POST /articles span of article ${accepted.articleId}`);
    const root = receiver.spans.find(isRoot);
    expect(root).toBeDefined();
    await expectPipelineTrace(root!.traceId, accepted.articleId, { name: 'POST /articles', parentSpanId: null });
  });

  it("an AMQP submission carrying a traceparent continues the submitter's trace through every stage", async () => {
    const traceId = randomBytes(16).toString('hex');
    const parentSpanId = randomBytes(8).toString('hex');
    const content = variant(2);
    await running.client.submit({ content, contentType: 'text/plain' }, { headers: { traceparent: `00-${traceId}-${parentSpanId}-01` } });
    await waitUntil(async () => receiver.trace(traceId).some((s) => s.name === 'consume article.submitted'), 30000, 'the ingest consume span');
    const articleId = receiver.trace(traceId).find((s) => s.name === 'consume article.submitted')!.attributes['newswire.article_id'];
    await running.published.waitFor([articleId], 60000);
    await expectPipelineTrace(traceId, articleId, { name: 'consume article.submitted', parentSpanId });
  });

  it('every service logs JSON lines with service, stage, article id, message id and trace id, and no article content', async () => {
    // A message the ingest queue refuses: its dead-letter line carries the message id and the sender's trace.
    const traceId = randomBytes(16).toString('hex');
    await running.client.submit(Buffer.from('{"content": '), {
      messageId: 'observability-malformed-1',
      headers: { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    });
    await waitUntil(async () => (await running.client.drainDeadLetters('ingest')).length > 0, 30000, 'the malformed message dead-lettered');

    for (const stage of STAGES) {
      const file = path.join(LOG_DIR, `${running.env.namespace}-${stage}-1.log`);
      const text = readFileSync(file, 'utf8');
      expect(text).not.toContain(ARTICLE_SENTENCE);
      const lines = text.split('\n').filter((line) => line.trim() !== '');
      expect(lines.length).toBeGreaterThan(0);
      const records = lines.map((line) => {
        try {
          return JSON.parse(line) as Record<string, unknown>;
        } catch {
          throw new Error(`${stage} wrote a line that is not JSON: ${line.slice(0, 200)}`);
        }
      });
      for (const record of records) expect(record).toMatchObject({ service: service(stage), stage, level: expect.any(Number), msg: expect.any(String) });
      // The article's lines name the article, the message and the trace.
      const handling = records.filter((r) => typeof r.articleId === 'string' && String(r.msg).startsWith('handling'));
      expect(handling.length).toBeGreaterThanOrEqual(2);
      for (const record of handling) {
        expect(record).toMatchObject({
          articleId: expect.stringMatching(/^[0-9a-f-]{36}$/),
          messageId: expect.any(String),
          traceId: expect.stringMatching(/^[0-9a-f]{32}$/),
        });
        const traced = receiver.spans.filter((s) => s.traceId === record.traceId && s.attributes['newswire.article_id'] === record.articleId);
        expect(traced.length).toBeGreaterThan(0);
      }
    }
    const ingestLines = readFileSync(path.join(LOG_DIR, `${running.env.namespace}-ingest-1.log`), 'utf8')
      .split('\n')
      .filter(Boolean);
    const deadLettered = ingestLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((r) => String(r.msg).includes('dead-lettered'));
    expect(deadLettered).toMatchObject({ messageId: 'observability-malformed-1', traceId, level: 50 });
  });

  it("the publish API's answers match its OpenAPI document, whose schemas are the contracts'", async () => {
    const publish = running.pipeline.get('publish');
    const ingest = running.pipeline.get('ingest');
    const doc = (await fetch(`${publish.url}/docs/json`).then((r) => r.json())) as OpenApiDocument;
    expect(doc.openapi).toMatch(/^3\./);
    const ui = await fetch(`${publish.url}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger-ui');

    const list = await fetch(`${publish.url}/articles?limit=5`);
    expect(list.status).toBe(200);
    const page = (await list.json()) as { articles: Array<{ id: string }>; nextCursor: string | null };
    const { articles } = page;
    expect(articles.length).toBeGreaterThanOrEqual(2);
    expectMatchesOpenApi(doc, '/articles', 'get', 200, page);

    const document = await fetch(`${publish.url}/articles/${articles[0].id}`);
    expect(document.status).toBe(200);
    expectMatchesOpenApi(doc, '/articles/{id}', 'get', 200, await document.json());

    const byEntity = await fetch(`${publish.url}/articles?entity=${encodeURIComponent('Kim Kye-gwan')}`);
    expectMatchesOpenApi(doc, '/articles', 'get', 200, await byEntity.json());
    const searched = await fetch(`${publish.url}/articles?q=${encodeURIComponent('uranium enrichment')}`);
    expectMatchesOpenApi(doc, '/articles', 'get', 200, await searched.json());

    const entities = await fetch(`${publish.url}/entities?limit=5`);
    expect(entities.status).toBe(200);
    const entityList = (await entities.json()) as { entities: Array<{ id: string }> };
    expect(entityList.entities.length).toBeGreaterThan(0);
    expectMatchesOpenApi(doc, '/entities', 'get', 200, entityList);
    const entity = await fetch(`${publish.url}/entities/${encodeURIComponent(entityList.entities[0].id)}`);
    expect(entity.status).toBe(200);
    expectMatchesOpenApi(doc, '/entities/{id}', 'get', 200, await entity.json());

    const missing = await fetch(`${publish.url}/articles/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
    expectMatchesOpenApi(doc, '/articles/{id}', 'get', 404, await missing.json());
    const badLimit = await fetch(`${publish.url}/articles?limit=0`);
    expect(badLimit.status).toBe(400);
    expectMatchesOpenApi(doc, '/articles', 'get', 400, await badLimit.json());

    // A documented schema that stops matching fails: an answer with an extra field is refused.
    expect(() => expectMatchesOpenApi(doc, '/articles', 'get', 200, { ...page, extra: true })).toThrow(/does not match/);

    const ingestDoc = (await fetch(`${ingest.url}/docs/json`).then((r) => r.json())) as OpenApiDocument;
    const invalid = await fetch(`${ingest.url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'not a url', content: 'x' }),
    });
    expect(invalid.status).toBe(422);
    expectMatchesOpenApi(ingestDoc, '/articles', 'post', 422, await invalid.json());
  });
});
