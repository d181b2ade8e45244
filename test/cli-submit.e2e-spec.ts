import { execFile } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { gunzipSync } from 'zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { articleIdForContentHash, submissionContentHash } from '@newswire/contracts';
import { decodeContent } from '@newswire/extraction';
import { startRunningPipeline, RunningPipeline } from './support/running-pipeline';

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../dist/apps/cli/main.js');
const CORPUS = path.resolve(__dirname, '../../shared/corpora/article-extraction/html');

/** Three corpus pages, decoded (they are what the WARC's responses carry, as UTF-8). */
const pages = readdirSync(CORPUS)
  .sort()
  .slice(0, 3)
  .map((name, i) => ({
    url: `https://news.example/2024/05/0${i + 1}/story-${i + 1}`,
    html: decodeContent(gunzipSync(readFileSync(path.join(CORPUS, name))), 'text/html'),
  }));

async function record(options: Parameters<typeof WARCRecord.create>[0], body: string): Promise<Uint8Array> {
  const record = WARCRecord.create({ warcVersion: 'WARC/1.1', ...options }, [new TextEncoder().encode(body)]);
  return WARCSerializer.serialize(record, { gzip: true });
}

/** A crawl as a crawler writes it: a request and a response per page, plus records that are not articles. */
async function buildWarc(file: string): Promise<void> {
  const records: Uint8Array[] = [];
  for (const [i, page] of pages.entries()) {
    records.push(await record({ url: page.url, date: `2024-05-0${i + 1}T08:30:00Z`, type: 'request', httpHeaders: { Host: 'news.example' } }, ''));
    records.push(
      await record(
        { url: page.url, date: `2024-05-0${i + 1}T08:30:00Z`, type: 'response', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
        page.html,
      ),
    );
  }
  records.push(await record({ url: 'https://news.example/logo.png', type: 'response', httpHeaders: { 'Content-Type': 'image/png' } }, 'PNG…'));
  records.push(
    await record(
      { url: 'https://news.example/missing', type: 'response', statusline: 'HTTP/1.1 404 Not Found', httpHeaders: { 'Content-Type': 'text/html' } },
      '<html><body>Not found</body></html>',
    ),
  );
  writeFileSync(file, Buffer.concat(records.map((r) => Buffer.from(r))));
}

describe('newswire submit: a WARC crawl into the running pipeline', () => {
  let running: RunningPipeline;
  const dir = mkdtempSync(path.join(tmpdir(), 'newswire-submit-'));
  const warc = path.join(dir, 'crawl.warc.gz');
  const state = path.join(dir, 'submit.state');

  const newswire = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
    const env = { ...process.env, AMQP_URL: running.env.amqpUrl, DATABASE_URL: running.env.databaseUrl, NEWSWIRE_NAMESPACE: running.env.namespace };
    try {
      const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { env });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  const statuses = (stdout: string) =>
    stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { origin: string; articleId: string | null; status: string; reason?: string });

  beforeAll(async () => {
    running = await startRunningPipeline();
    await buildWarc(warc);
  }, 180000);

  afterAll(() => running?.stop(), 60000);

  it('submits every HTML response with its URL and fetch date, and a re-run skips what was accepted', async () => {
    const expectedIds = pages.map((page) => articleIdForContentHash(submissionContentHash('text/html', page.html, null, null)));

    const first = await newswire('submit', warc, '--state', state, '--concurrency', '2');
    expect(first.stderr).toMatch(/3 accepted, 0 duplicate\(s\), 0 rejected/);
    expect(first.code).toBe(0);
    const accepted = statuses(first.stdout);
    expect(accepted.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    expect(accepted.map((r) => r.articleId)).toEqual(expectedIds);

    await running.published.waitFor(expectedIds, 90000);
    const stored = await running.db.query('SELECT url, fetched_at FROM ingest.raw_articles WHERE id = ANY($1::uuid[]) ORDER BY url', [expectedIds]);
    expect(stored.rows.map((row: { url: string }) => row.url)).toEqual(pages.map((page) => page.url));
    expect((stored.rows[0] as { fetched_at: Date }).fetched_at.toISOString()).toBe('2024-05-01T08:30:00.000Z');

    // Resumed with one more input that has a bad line: nothing is sent twice, the bad line is named, exit 1.
    const jsonl = path.join(dir, 'more.jsonl');
    writeFileSync(jsonl, `${JSON.stringify({ content: pages[0].html, contentType: 'text/html', url: pages[0].url })}\n{"content": 42}\n`);
    const second = await newswire('submit', warc, jsonl, '--state', state);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/0 accepted, 4 duplicate\(s\) \(4 accepted by an earlier run\), 1 rejected/);
    expect(second.stderr).toMatch(/rejected .*more\.jsonl:2: not an article\.submitted payload: content/);
    expect(second.stderr).toMatch(/next: /);
    expect(await running.count('SELECT count(*) AS n FROM ingest.raw_articles')).toBe(3);
  });

  it('status shows every stage consuming, what each processed, and nothing left on its way', async () => {
    const { code, stdout } = await newswire('status', '--json');
    expect(code).toBe(0);
    const status = JSON.parse(stdout) as {
      stages: Array<{ stage: string; queue: { messages: number; consumers: number }; processed: number; failed: number; deadLettersPending: number }>;
      oldestUnpublished: unknown;
    };
    expect(status.stages.map((s) => s.stage)).toEqual(['ingest', 'parse', 'entity-extract', 'publish']);
    for (const stage of status.stages) {
      expect(stage.queue).toEqual({ messages: 0, consumers: 1 });
      expect(stage.processed).toBe(3); // the re-run's copies never left the CLI
      expect(stage).toMatchObject({ failed: 0, deadLettersPending: 0 });
    }
    expect(status.oldestUnpublished).toBeNull();
    const table = await newswire('status');
    expect(table.stdout).toMatch(/^stage +queued +consumers +processed/m);
    expect(table.stdout).toMatch(/^publish +0 +1 +3 /m);
  });
});
