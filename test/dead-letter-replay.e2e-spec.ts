import { execFile } from 'child_process';
import { readFileSync } from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import { articleIdForContentHash, submissionContentHash } from '@newswire/contracts';
import { waitUntil } from './support/amqp-test-client';
import { runPipelineForSuite } from './support/running-pipeline';

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../dist/apps/cli/main.js');
const sample = readFileSync(path.resolve(__dirname, '../../shared/samples/korea-herald-nk-talks.txt'), 'utf8');

describe('dead letters: kept with their reason, listed and replayed from the CLI', () => {
  const running = runPipelineForSuite();
  const newswire = (...args: string[]) =>
    run(process.execPath, [CLI, ...args], {
      env: { ...process.env, AMQP_URL: running.env.amqpUrl, DATABASE_URL: running.env.databaseUrl, NEWSWIRE_NAMESPACE: running.env.namespace },
    });

  it('retries a failing handler a bounded number of times, dead-letters it, and replays it once the cause is fixed', async () => {
    const content = sample.replace('Back To Top', 'Back To Top\n\nReplay edition');
    const articleId = articleIdForContentHash(submissionContentHash('text/plain', content, null, null));
    // Break the publish stage's storage: every attempt fails with a statement error (not an outage).
    await running.db.query('ALTER TABLE publish.document_entities RENAME TO document_entities_broken');
    try {
      await running.client.submit({ content, contentType: 'text/plain' });
      await waitUntil(async () => (await running.db.query('SELECT 1 FROM publish.failed_messages')).rowCount === 1, 30000, 'the dead letter');
      const [failed] = (await running.db.query('SELECT attempts, reason FROM publish.failed_messages')).rows;
      expect(failed.attempts).toBe(3); // MAX_ATTEMPTS in the test environment
      expect(failed.reason).toMatch(/failed after 3 attempt\(s\).*document_entities/);
      const deadLetters = await running.client.drainDeadLetters('publish');
      expect(deadLetters).toHaveLength(1);
      expect(String(deadLetters[0].properties.headers?.['x-failure-reason'])).toMatch(/document_entities/);
    } finally {
      await running.db.query('ALTER TABLE publish.document_entities_broken RENAME TO document_entities');
    }
    expect(running.published.forArticle(articleId)).toHaveLength(0);

    const listed = await newswire('dlq', 'list', '--json');
    const entries = listed.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(entries).toEqual([expect.objectContaining({ id: expect.stringMatching(/^publish:\d+$/), reason: expect.stringMatching(/document_entities/) })]);

    const replayed = await newswire('dlq', 'replay', entries[0].id);
    expect(replayed.stdout).toMatch(/replayed 1 message/);
    await running.published.waitFor([articleId], 30000);
    expect((await newswire('dlq', 'list')).stdout).toMatch(/no dead letters/);
    expect(Number((await running.db.query('SELECT count(*) AS n FROM publish.documents WHERE article_id = $1', [articleId])).rows[0].n)).toBe(1);
  });

  it('keeps an invalid HTTP submission with its reason', async () => {
    const response = await fetch(`${running.pipeline.get('ingest').url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'x'.repeat(10), contentType: 'application/pdf' }),
    });
    expect(response.status).toBe(422);
    expect(await response.text()).not.toMatch(/at \w+ \(/); // no stack trace
    const rows = (await running.db.query(`SELECT queue, reason FROM ingest.failed_messages WHERE queue = 'http:POST /articles'`)).rows;
    expect(rows).toEqual([expect.objectContaining({ reason: expect.stringMatching(/contentType/) })]);
    const listed = await newswire('dlq', 'list', '--stage', 'ingest');
    expect(listed.stdout).toMatch(/contentType/);
  });
});
