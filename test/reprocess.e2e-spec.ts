import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { articleIdForContentHash, DocumentHistory, PublishedDocument, stageEventId, submissionContentHash } from '@newswire/contracts';
import { waitUntil } from './support/amqp-test-client';
import { runPipelineForSuite } from './support/running-pipeline';

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../dist/apps/cli/main.js');
const sample = readFileSync(path.resolve(__dirname, '../../shared/samples/korea-herald-nk-talks.txt'), 'utf8');
const API_KEY = 'reprocess-test-key-0123456789';

describe('newswire reprocess: a stage runs again over its stored input, and the document changes version', () => {
  const running = runPipelineForSuite({ API_KEYS: API_KEY });
  const articleId = articleIdForContentHash(submissionContentHash('text/plain', sample, null, null));
  const stateDir = mkdtempSync(path.join(tmpdir(), 'reprocess-e2e-'));
  afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

  const newswire = (...args: string[]) =>
    run(process.execPath, [CLI, ...args], {
      env: {
        ...process.env,
        INGEST_API_URL: running.pipeline.get('ingest').url,
        PARSE_API_URL: running.pipeline.get('parse').url,
        NEWSWIRE_API_KEY: API_KEY,
      },
    });
  const read = async <T>(pathname: string): Promise<T> => {
    const response = await fetch(`${running.pipeline.get('publish').url}${pathname}`, { headers: { authorization: `Bearer ${API_KEY}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };
  const entityCounts = async () =>
    (await running.db.query('SELECT entity_id, article_count FROM publish.entities ORDER BY entity_id')).rows as Array<{
      entity_id: string;
      article_count: number;
    }>;
  /** Waits for the article's published event of that revision, then a while longer for any copy of it. */
  const publishedAt = async (revision: number) => {
    const id = stageEventId('article.published', articleId, revision);
    await waitUntil(async () => running.published.forArticle(articleId).some((e) => e.id === id), 60000, `article.published at revision ${revision}`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return running.published.forArticle(articleId).filter((e) => e.id === id);
  };

  it('re-parses the sample: version 2 published exactly once, version 1 kept in the history, the entity index unchanged', async () => {
    await running.client.submit({ content: sample, contentType: 'text/plain' });
    await running.published.waitFor([articleId], 60000);
    const first = await read<PublishedDocument>(`/articles/${articleId}`);
    expect(first.version).toBe(1);
    const countsBefore = await entityCounts();

    const state = path.join(stateDir, 'parse.state');
    const { stdout } = await newswire('reprocess', '--stage', 'parse', '--article', articleId, '--state', state);
    expect(stdout).toMatch(/re-emitted 1 article\(s\) for parse at revision \d+ \(1 selected\)/);
    const { revision } = JSON.parse(readFileSync(state, 'utf8')).progress as { revision: number };
    const published = await publishedAt(revision);
    expect(published).toHaveLength(1);
    expect(published[0].revision).toBe(revision);

    const second = await read<PublishedDocument>(`/articles/${articleId}`);
    expect(second).toMatchObject({ id: articleId, version: 2, createdAt: first.createdAt, body: first.body });
    expect(Date.parse(second.updatedAt)).toBeGreaterThan(Date.parse(first.createdAt));
    const history = await read<DocumentHistory>(`/articles/${articleId}/versions`);
    expect(history.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(history.versions[0]).toEqual(first);
    expect(await running.count('SELECT count(*)::int AS n FROM publish.documents WHERE article_id = $1', [articleId])).toBe(1);
    // The same parser finds the same entities: the index counts each article once, as before.
    expect(await entityCounts()).toEqual(countsBefore);

    // The finished run's state says so; nothing is re-emitted again.
    const rerun = await newswire('reprocess', '--stage', 'parse', '--article', articleId, '--state', state);
    expect(rerun.stderr).toMatch(/complete/);
    expect(await running.count('SELECT count(*)::int AS n FROM publish.document_versions WHERE article_id = $1', [articleId])).toBe(1);
  });

  it('re-extracts entities from the stored parse (--stage entity-extract): version 3, from parse without the parser', async () => {
    const { stdout } = await newswire('reprocess', '--stage', 'entity-extract', '--since', '2000-01-01', '--json');
    const summary = JSON.parse(stdout) as { revision: number; reprocessed: number; total: number; done: boolean };
    expect(summary).toMatchObject({ reprocessed: 1, total: 1, done: true });
    expect(await publishedAt(summary.revision)).toHaveLength(1);
    const third = await read<PublishedDocument>(`/articles/${articleId}`);
    expect(third.version).toBe(3);
    expect((await read<DocumentHistory>(`/articles/${articleId}/versions`)).versions.map((v) => v.version)).toEqual([1, 2, 3]);
    // Parse re-emitted its stored article at the run's revision: it holds that revision now.
    expect(await running.count('SELECT revision::float8 AS n FROM parse.parsed_articles WHERE article_id = $1', [articleId])).toBe(summary.revision);
  });

  it('says what to do when a selection is missing or the service refuses the key', async () => {
    await expect(newswire('reprocess', '--stage', 'parse')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/--article or --since, or pass --all/),
    });
    const refused = run(process.execPath, [CLI, 'reprocess', '--stage', 'parse', '--all'], {
      env: { ...process.env, INGEST_API_URL: running.pipeline.get('ingest').url, NEWSWIRE_API_KEY: 'not-the-key-0123456789' },
    });
    await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/401[\s\S]*next: set NEWSWIRE_API_KEY/) });
  });
});
