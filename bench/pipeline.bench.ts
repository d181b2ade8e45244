/**
 * End-to-end throughput of the whole pipeline: the four services as separate processes,
 * with RabbitMQ and Postgres, all on this machine. Two workloads:
 *   - small articles (the sample's size): articles/s from first submission to last publication;
 *   - real pages (the article-extraction corpus, each copy made distinct): articles/s, compared
 *     with parse + extract of the same pages in one process on one core.
 * Uses TEST_AMQP_URL / TEST_DATABASE_URL (defaulting to the local services), in a namespace and
 * database of its own. `npm run bench:pipeline [-- --small N --pages N]`.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { articleIdForContentHash, submissionContentHash } from '@newswire/contracts';
import { parseArticle } from '@newswire/extraction';
import { extractEntities, loadNerModel } from '@newswire/nlp';
import { AmqpTestClient } from '../test/support/amqp-test-client';
import { Pipeline } from '../test/support/stage-processes';
import { startTestEnvironment } from '../test/support/test-environment';
import { loadExtractionCorpus, SHARED } from './lib/corpora';

process.env.TEST_AMQP_URL ??= 'amqp://guest:guest@127.0.0.1:5672';
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

interface Submission {
  articleId: string;
  payload: { content: string; contentType: 'text/html' | 'text/plain' };
}

function submission(content: string, contentType: 'text/html' | 'text/plain'): Submission {
  return { articleId: articleIdForContentHash(submissionContentHash(contentType, content, null, null)), payload: { content, contentType } };
}

async function runThroughPipeline(label: string, submissions: Submission[], extractReplicas = 1): Promise<{ seconds: number; perSecond: number }> {
  // Back-off as in production; the environment's teardown removes these retry queues too.
  const env = await startTestEnvironment({ retryDelaysMs: [1000, 5000] });
  const pipeline = new Pipeline(env);
  try {
    await pipeline.startAll({ MAX_ATTEMPTS: '5' });
    for (let i = 1; i < extractReplicas; i++) await pipeline.add('entity-extract', { MAX_ATTEMPTS: '5' });
    const client = await AmqpTestClient.connect(env);
    const published = await client.watchPublished();
    const started = performance.now();
    for (const s of submissions) await client.submit(s.payload);
    await published.waitFor(submissions.map((s) => s.articleId), 600000);
    const seconds = (performance.now() - started) / 1000;
    await client.close();
    process.stderr.write(`${label}: ${submissions.length} articles in ${seconds.toFixed(1)} s\n`);
    return { seconds, perSecond: submissions.length / seconds };
  } finally {
    await pipeline.stopAll();
    await env.teardown();
  }
}

function inProcess(pages: string[]): number {
  loadNerModel();
  const started = performance.now();
  for (const html of pages) {
    const article = parseArticle({ html });
    extractEntities(article.body, { title: article.title ?? undefined });
  }
  return pages.length / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const smallCount = argument('small', 2000);
  const pageCopies = argument('pages', 5);
  const sample = readFileSync(path.join(SHARED, 'samples/korea-herald-nk-talks.txt'), 'utf8');
  const small = Array.from({ length: smallCount }, (_, i) => submission(sample.replace('A flurry', `Dispatch ${i}: a flurry`), 'text/plain'));
  const corpus = loadExtractionCorpus();
  const pages = Array.from({ length: pageCopies }, (_, copy) => corpus.map((p) => `<!-- copy ${copy} -->\n${p.html}`)).flat();

  if (pages.length === 0 || small.length === 0) throw new Error('--small and --pages must be at least 1');
  const smallResult = await runThroughPipeline('small articles', small);
  const smallScaled = await runThroughPipeline('small articles, 2 entity-extract replicas', small.map((s) => submission(`${s.payload.content}\n`, 'text/plain')), 2);
  const pagesResult = await runThroughPipeline('real pages', pages.map((html) => submission(html, 'text/html')));
  const oneCore = inProcess(pages);

  const rows = [
    ['workload', 'articles', 'seconds', 'articles/s', 'target'],
    ['small articles (sample size), 4 services', String(small.length), smallResult.seconds.toFixed(1), smallResult.perSecond.toFixed(0), '>= 300'],
    ['small articles, entity-extract scaled to 2', String(small.length), smallScaled.seconds.toFixed(1), smallScaled.perSecond.toFixed(0), '>= 300'],
    ['real pages, 4 services', String(pages.length), pagesResult.seconds.toFixed(1), pagesResult.perSecond.toFixed(1), `>= ${(0.8 * oneCore).toFixed(1)} (0.8x one core)`],
    ['real pages, parse + extract in one process', String(pages.length), '', oneCore.toFixed(1), ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c])).join(' | '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  }
  console.log(`\nreal pages through the pipeline run at ${(pagesResult.perSecond / oneCore).toFixed(2)}x parse + extract on one core`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
