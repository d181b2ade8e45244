/**
 * Where the pipeline's CPU goes when no stage competes with another (`npm run bench:stages-alone`;
 * BENCH_ARTICLES=N, default 600; BENCH_WORKLOAD=small for the sample-sized articles). The four
 * services start as in `bench:pipeline`; all but ingest are stopped (SIGSTOP) while the articles are
 * submitted, then each stage in turn is let go alone to drain its backlog, and the CPU that it, RabbitMQ
 * and Postgres used meanwhile is divided by the articles. Beside each stage's figure: the same work done
 * in this process (parseArticle for parse, extractEntities for entity-extract), so what a stage spends
 * beyond its work is its plumbing, and what `bench:pipeline` measures beyond this sum is what running
 * the stages side by side on the same cores costs. Backlogs make full batches. The work is timed twice:
 * alone, and beside a second process doing the same work on the other core (the two cores share caches
 * and memory bandwidth: what the work itself costs when both cores are busy, as in the pipeline).
 * Prints a table; not a test.
 */
import * as amqp from 'amqplib';
import { spawn } from 'child_process';
import { Client } from 'pg';
import { StageName, STAGE_NAMES } from '@newswire/contracts';
import { parseArticle } from '@newswire/extraction';
import { extractEntities, loadNerModel } from '@newswire/nlp';
import { ConfirmedSubmitter } from '../apps/cli/src/submit/confirmed-submitter';
import { Pipeline } from '../test/support/stage-processes';
import { startTestEnvironment } from '../test/support/test-environment';
import { findGroupRoots, GroupRoots, peakRssMb, snapshot, usageBetween } from './lib/process-groups';
import { printTable } from './lib/table';
import { parseInput, realPageSubmissions, smallArticleSubmissions, Submission } from './lib/workloads';

process.env.TEST_AMQP_URL ??= 'amqp://guest:guest@127.0.0.1:5672';
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const fixed = (n: number) => n.toFixed(2);

/** CPU ms per article of the stages' work in this process: parseArticle, then extractEntities on its output. */
function inProcessWork(submissions: Submission[]): Partial<Record<StageName, number>> {
  loadNerModel();
  const parsed = submissions.map((s) => parseArticle(parseInput(s))); // warm-up
  const parseStart = process.cpuUsage();
  for (const s of submissions) parseArticle(parseInput(s));
  const parseCpu = process.cpuUsage(parseStart);
  for (const article of parsed) extractEntities(article.body, { title: article.title ?? undefined }); // warm-up
  const extractStart = process.cpuUsage();
  for (const article of parsed) extractEntities(article.body, { title: article.title ?? undefined });
  const extractCpu = process.cpuUsage(extractStart);
  const perArticle = (cpu: NodeJS.CpuUsage) => (cpu.user + cpu.system) / 1000 / submissions.length;
  return { parse: perArticle(parseCpu), 'entity-extract': perArticle(extractCpu) };
}

const articles = Number(process.env.BENCH_ARTICLES ?? 600);
const small = process.env.BENCH_WORKLOAD === 'small';

/** The articles of the run (BENCH_ARTICLES, BENCH_WORKLOAD), for the benchmark and its companion alike. */
function workloadSubmissions(): Submission[] {
  return small ? smallArticleSubmissions(articles) : realPageSubmissions(articles);
}

/**
 * The same as inProcessWork, while a second process repeats that work on the other core (started as
 * this script with BENCH_COMPANION=1, timed from when it is warm).
 */
async function inProcessWorkBesideCompanion(submissions: Submission[]): Promise<Partial<Record<StageName, number>>> {
  const companion = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    env: { ...process.env, BENCH_COMPANION: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      companion.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('warm') && resolve());
      companion.once('exit', (code) => reject(new Error(`the companion process exited (${code}) before it was warm`)));
    });
    return inProcessWork(submissions);
  } finally {
    companion.kill('SIGKILL');
  }
}

/** The companion: the in-process work over and over until killed. */
function runCompanion(): void {
  const submissions = workloadSubmissions();
  inProcessWork(submissions);
  process.stdout.write('warm\n');
  for (;;) inProcessWork(submissions);
}

function signalStage(roots: GroupRoots, stage: StageName, signal: 'SIGSTOP' | 'SIGCONT'): void {
  for (const pid of roots[stage]) process.kill(pid, signal);
}

async function main(): Promise<void> {
  const submissions = workloadSubmissions();
  const env = await startTestEnvironment({ retryDelaysMs: [1000, 5000] });
  const pipeline = new Pipeline(env);
  const connection = await amqp.connect(env.amqpUrl);
  const db = new Client({ connectionString: env.databaseUrl });
  const measured: Array<{ stage: StageName; stageMs: number; rabbitmqMs: number; postgresMs: number }> = [];
  let roots: GroupRoots | null = null;
  try {
    await pipeline.startAll({ MAX_ATTEMPTS: '5' });
    await db.connect();
    roots = findGroupRoots();
    const channel = await connection.createConfirmChannel();
    const waiting = async (stage: StageName) => (await channel.checkQueue(env.topology.queue(stage))).messageCount;
    const published = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM publish.documents')).rows[0].n;
    for (const stage of STAGE_NAMES.slice(1)) signalStage(roots, stage, 'SIGSTOP');

    const submitter = new ConfirmedSubmitter(channel, env.topology, 64);
    const refused: string[] = [];
    let before = snapshot(roots);
    for (const { articleId, payload } of submissions) await submitter.submit(articleId, payload, (failure) => failure && refused.push(failure));
    await submitter.drain();
    if (refused.length > 0) throw new Error(`${refused.length} submissions not confirmed, e.g. ${refused[0]}`);
    for (const [k, stage] of STAGE_NAMES.entries()) {
      if (k > 0) {
        before = snapshot(roots);
        signalStage(roots, stage, 'SIGCONT');
      }
      const next = STAGE_NAMES[k + 1];
      const drained = async () => (await waiting(stage)) === 0 && (next ? (await waiting(next)) >= articles : (await published()) >= articles);
      const deadline = Date.now() + 600_000;
      while (!(await drained())) {
        if (Date.now() > deadline) throw new Error(`${stage} did not drain its backlog within 10 minutes`);
        await sleep(200);
      }
      const usage = usageBetween(before, snapshot(roots), roots);
      signalStage(roots, stage, 'SIGSTOP');
      const ms = (group: keyof typeof usage) => (usage[group].cpuSeconds * 1000) / articles;
      measured.push({ stage, stageMs: ms(stage), rabbitmqMs: ms('rabbitmq'), postgresMs: ms('postgres') });
    }
    for (const stage of STAGE_NAMES) signalStage(roots, stage, 'SIGCONT');
    const peak = peakRssMb(roots);
    // The pipeline is stopped by now, so the other core is idle for the first figure.
    const inProcess = inProcessWork(submissions);
    const beside = await inProcessWorkBesideCompanion(submissions);
    const totalOf = (m: (typeof measured)[number]) => m.stageMs + m.rabbitmqMs + m.postgresMs;
    const both = (work: Partial<Record<StageName, number>>) => fixed((work.parse ?? 0) + (work['entity-extract'] ?? 0));
    console.log(`\n${articles} ${small ? 'small articles' : 'real pages'}, each stage draining its backlog alone\n`);
    printTable([
      ['stage alone', 'stage CPU ms/article', 'its work in one process', 'the same, other core busy with it too', 'RabbitMQ', 'Postgres', 'total'],
      ...measured.map((m) => {
        const work = inProcess[m.stage];
        const busy = beside[m.stage];
        return [
          m.stage,
          fixed(m.stageMs),
          work === undefined ? '' : fixed(work),
          busy === undefined ? '' : fixed(busy),
          fixed(m.rabbitmqMs),
          fixed(m.postgresMs),
          fixed(totalOf(m)),
        ];
      }),
      ['all stages', '', both(inProcess), both(beside), '', '', fixed(measured.reduce((sum, m) => sum + totalOf(m), 0))],
    ]);
    console.log(`peak RSS MB: ${STAGE_NAMES.map((s) => `${s} ${peak[s].toFixed(0)}`).join(', ')}`);
  } finally {
    if (roots) for (const stage of STAGE_NAMES) signalStage(roots, stage, 'SIGCONT');
    await db.end().catch(() => undefined);
    await connection.close().catch(() => undefined);
    await pipeline.stopAll();
    await env.teardown();
  }
}

if (process.env.BENCH_COMPANION === '1') runCompanion();
else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
