/**
 * The pipeline benchmark users read (`npm run bench`; BENCH_ARTICLES=N sets the size, default 1000).
 * The four services run as separate processes, with RabbitMQ and Postgres, all on this machine:
 *   - real pages (the article-extraction corpus, copies made distinct) at full load: throughput
 *     (first submission to last publication), CPU per article of each service, RabbitMQ and
 *     Postgres (from /proc, see lib/process-groups.ts), end-to-end latency, peak RSS per service;
 *   - the same pages with 2 replicas of the stage that used the most CPU per article;
 *   - the same pages paced at half the measured full-load rate: latency;
 *   - small articles (the sample's size) at full load;
 *   - parse + extract of the same pages and small articles in this process on one core: the baseline
 *     (and the same in a child process pinned to one CPU with taskset, see lib/in-process-baseline.ts).
 * Latency is publish.documents.created_at - ingest.raw_articles.received_at, both Postgres now() at
 * the start of the storing transaction: it leaves out the submit hop and publish's commit + event, and
 * every article of one stage batch (one transaction) shares its timestamp, so under full load the
 * percentiles move in steps of whole batches.
 * Writes bench/results/latest.json and prints a table; BENCH_TIMELINE=<file> also appends each article's
 * stage timestamps there (JSON lines), to see when in a run the slow articles were; BENCH_PAGES=labelled
 * takes distinct real pages (lib/workloads.ts) instead of repeating the extraction corpus's 90. Uses TEST_AMQP_URL / TEST_DATABASE_URL
 * (defaulting to the local services), in a namespace and database of its own per run. Run it under
 * `flock /tmp/newswire-services.lock` on a shared machine.
 */
import { mkdirSync, writeFileSync } from 'fs';
import { loadavg } from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import * as amqp from 'amqplib';
import { Client } from 'pg';
import { StageName, STAGE_NAMES } from '@newswire/contracts';
import { ConfirmedSubmitter } from '../apps/cli/src/submit/confirmed-submitter';
import { AmqpTestClient } from '../test/support/amqp-test-client';
import { Pipeline } from '../test/support/stage-processes';
import { startTestEnvironment } from '../test/support/test-environment';
import { realPageSubmissions, smallArticleSubmissions, Submission } from './lib/workloads';
import { measureInProcess, measureOnOneCpu } from './lib/in-process-baseline';
import { latencySummary, LatencySummary } from './lib/percentiles';
import { printTable } from './lib/table';
import { meanBatchSizesIn } from './lib/batch-sizes';
import { readServiceMetrics } from './lib/metrics-text';
import { duplicateDeliveriesIn } from './lib/redundant-deliveries';
import { appendTimeline, Hop, hopSummaries, readStageClaims } from './lib/stage-hops';
import { findGroupRoots, GroupUsage, peakRssMb, PROCESS_GROUPS, ProcessGroup, snapshot, usageBetween } from './lib/process-groups';

process.env.TEST_AMQP_URL ??= 'amqp://guest:guest@127.0.0.1:5672';
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

const RESULTS = path.join(__dirname, 'results/latest.json');
/**
 * Unconfirmed submissions in flight, as `newswire submit` sends them by default: waiting for each
 * confirm before the next publication would make the submitting client (one quorum-queue fsync per
 * message) the bottleneck of small articles instead of the pipeline.
 */
const SUBMIT_WINDOW = 64;
/** Room after the last publication for a wrong second publication to show up (as the chaos suite does). */
const DUPLICATE_GRACE_MS = 2000;

interface RunOptions {
  /** Replicas per stage beyond the first. */
  extraReplicas?: Partial<Record<StageName, number>>;
  /** Paced submissions at this many per second; unset submits as fast as confirms allow. */
  ratePerSec?: number;
}

interface RunResult {
  seconds: number;
  perSecond: number;
  usage: Record<ProcessGroup, GroupUsage>;
  /** WAL flushes (fsync/fdatasync) Postgres made during the run, cluster-wide. */
  walSyncs: number;
  latencyMs: LatencySummary;
  /** The same, for the articles ingest stored WARM_AFTER_MS or more after the run's first. */
  warmLatencyMs: LatencySummary | null;
  /** Client-side: from just before the submission to the arrival of its article.published. */
  observedLatencyMs: LatencySummary;
  /** Where the end-to-end time goes, hop by hop (see lib/stage-hops.ts). */
  hops: Record<Hop, LatencySummary>;
  peakRssMb: Record<StageName, number>;
  lost: number;
  duplicates: number;
  /** Event copies a stage received after processing the event (see lib/redundant-deliveries.ts). */
  duplicateDeliveries: number;
  /** Mean deliveries per committed batch, per stage (see lib/batch-sizes.ts). */
  meanBatchSize: Record<string, number>;
}

async function walSyncCount(): Promise<number> {
  const client = new Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ wal_sync: string }>('SELECT wal_sync FROM pg_stat_wal');
    return Number(rows[0].wal_sync);
  } finally {
    await client.end();
  }
}

/**
 * Services are measured from their start: the first seconds after it (V8 compiling the plumbing,
 * connections opening, new Postgres backends caching catalogs and plans) are slower than the rest
 * of the run, which a long-running deployment sees. WARM_AFTER_MS splits the run there.
 */
const WARM_AFTER_MS = 10000;

interface StoredLatency {
  ms: number;
  /** When ingest stored the article, from the run's first such time. */
  receivedAfterMs: number;
}

async function storedLatenciesMs(databaseUrl: string): Promise<StoredLatency[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ ms: number; received_after_ms: number }>(
      `SELECT EXTRACT(EPOCH FROM d.created_at - r.received_at) * 1000 AS ms,
              EXTRACT(EPOCH FROM r.received_at - min(r.received_at) OVER ()) * 1000 AS received_after_ms
         FROM publish.documents d JOIN ingest.raw_articles r ON r.id = d.article_id`,
    );
    return rows.map((r) => ({ ms: Number(r.ms), receivedAfterMs: Number(r.received_after_ms) }));
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runThroughPipeline(label: string, submissions: Submission[], options: RunOptions = {}): Promise<RunResult> {
  // Back-off as in production; the environment's teardown removes these retry queues too.
  const env = await startTestEnvironment({ retryDelaysMs: [1000, 5000] });
  const pipeline = new Pipeline(env);
  let submitConnection: amqp.ChannelModel | null = null;
  try {
    await pipeline.startAll({ MAX_ATTEMPTS: '5' });
    for (const [stage, extra] of Object.entries(options.extraReplicas ?? {})) {
      for (let i = 0; i < extra; i++) await pipeline.add(stage as StageName, { MAX_ATTEMPTS: '5' });
    }
    const roots = findGroupRoots();
    const client = await AmqpTestClient.connect(env);
    submitConnection = await amqp.connect(env.amqpUrl, { noDelay: true });
    const submitChannel = await submitConnection.createConfirmChannel();
    const published = await client.watchPublished();
    const walBefore = await walSyncCount();
    const before = snapshot(roots);
    const started = performance.now();
    const intervalMs = options.ratePerSec ? 1000 / options.ratePerSec : 0;
    const submittedAtMs = new Map<string, number>();
    const submitter = new ConfirmedSubmitter(submitChannel, env.topology, SUBMIT_WINDOW);
    const refused: string[] = [];
    for (const [i, s] of submissions.entries()) {
      if (intervalMs > 0) await sleep(started + i * intervalMs - performance.now());
      submittedAtMs.set(s.articleId, Date.now());
      await submitter.submit(s.articleId, s.payload, (failure) => failure && refused.push(failure));
    }
    await submitter.drain();
    if (refused.length > 0) throw new Error(`${refused.length} submissions not confirmed, e.g. ${refused[0]}`);
    const submittedSeconds = (performance.now() - started) / 1000;
    const ids = submissions.map((s) => s.articleId);
    let lost = 0;
    await published.waitFor(ids, 600000).catch(() => {
      const seen = new Set(published.events.map((e) => e.articleId));
      lost = ids.filter((id) => !seen.has(id)).length;
    });
    const seconds = (performance.now() - started) / 1000;
    const after = snapshot(roots);
    const walSyncs = (await walSyncCount()) - walBefore;
    const peak = peakRssMb(roots);
    await sleep(DUPLICATE_GRACE_MS);
    const eventIds = new Map<string, Set<string>>();
    for (const e of published.events) eventIds.set(e.articleId, (eventIds.get(e.articleId) ?? new Set()).add(e.id));
    const duplicates = [...eventIds.values()].filter((set) => set.size > 1).length;
    const services = await readServiceMetrics(pipeline.processes.map((p) => ({ stage: p.stage, url: p.url })));
    const redundant = services.reduce((sum, s) => sum + duplicateDeliveriesIn(s.metricsText), 0);
    const meanBatchSize = meanBatchSizesIn(services);
    await client.close();
    const latencies = await storedLatenciesMs(env.databaseUrl);
    const warm = latencies.filter((l) => l.receivedAfterMs >= WARM_AFTER_MS).map((l) => l.ms);
    const claims = await readStageClaims(env.databaseUrl);
    if (process.env.BENCH_TIMELINE) appendTimeline(process.env.BENCH_TIMELINE, label, submittedAtMs, claims, published.firstArrivalMs);
    const observed = [...published.firstArrivalMs].map(([id, ms]) => ms - (submittedAtMs.get(id) ?? ms));
    process.stderr.write(
      `${label}: ${submissions.length} articles in ${seconds.toFixed(1)} s, submitted in ${submittedSeconds.toFixed(1)} s (lost ${lost}, duplicates ${duplicates})\n`,
    );
    return {
      seconds,
      perSecond: (submissions.length - lost) / seconds,
      usage: usageBetween(before, after, roots),
      walSyncs,
      latencyMs: latencySummary(latencies.map((l) => l.ms)),
      warmLatencyMs: warm.length > 0 ? latencySummary(warm) : null,
      observedLatencyMs: latencySummary(observed),
      hops: hopSummaries(submittedAtMs, claims),
      peakRssMb: peak,
      lost,
      duplicates,
      duplicateDeliveries: redundant,
      meanBatchSize,
    };
  } finally {
    await submitConnection?.close().catch(() => undefined);
    await pipeline.stopAll();
    await env.teardown();
  }
}

const GROUP_KEYS: Record<ProcessGroup, string> = {
  ingest: 'ingest',
  parse: 'parse',
  'entity-extract': 'entityExtract',
  publish: 'publish',
  rabbitmq: 'rabbitmq',
  postgres: 'postgres',
};

const fixed = (n: number, digits = 1) => n.toFixed(digits);

async function main(): Promise<void> {
  const articles = Number(process.env.BENCH_ARTICLES ?? 1000);
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`BENCH_ARTICLES must be a positive integer, not ${process.env.BENCH_ARTICLES}`);
  const loadAtStart = loadavg()[0];
  const small = smallArticleSubmissions(articles);
  const pages = realPageSubmissions(articles);

  const cpuMs = (group: ProcessGroup, run: RunResult) => (run.usage[group].cpuSeconds * 1000) / articles;
  if (process.env.BENCH_QUICK === '1') {
    const rate = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
    if (rate !== undefined && !(rate > 0)) throw new Error(`BENCH_RATE must be a positive number of articles per second, not ${process.env.BENCH_RATE}`);
    const workload = process.env.BENCH_WORKLOAD ?? 'pages';
    if (workload !== 'pages' && workload !== 'small') throw new Error(`BENCH_WORKLOAD must be pages or small, not ${workload}`);
    const what = `${workload === 'small' ? 'small articles' : 'real pages'}${rate ? ` at ${rate}/s` : ', full load'}`;
    const quick = await runThroughPipeline(what, workload === 'small' ? small : pages, { ratePerSec: rate });
    return printQuick(what, quick, cpuMs, loadAtStart);
  }
  // The machine's speed drifts by the hour (docs/performance.md): the pinned baseline measured before the runs
  // as well as after them says whether it moved during this one.
  const oneCpuBaselineBefore = measureOnOneCpu('pages', articles);
  const full = await runThroughPipeline('real pages, full load', pages);
  const bottleneck = STAGE_NAMES.reduce((a, b) => (cpuMs(b, full) > cpuMs(a, full) ? b : a));
  const scaled = await runThroughPipeline(`real pages, 2 ${bottleneck} replicas`, pages, { extraReplicas: { [bottleneck]: 1 } });
  const halfRate = full.perSecond / 2;
  const paced = await runThroughPipeline(`real pages at ${fixed(halfRate)}/s`, pages, { ratePerSec: halfRate });
  const smallRun = await runThroughPipeline('small articles, full load', small);
  const baseline = measureInProcess(pages);
  const smallBaseline = measureInProcess(small);
  const oneCpuBaseline = measureOnOneCpu('pages', articles);
  const smallOneCpuBaseline = measureOnOneCpu('small', articles);

  const cpuMsPerArticle: Record<string, number> = { baseline: baseline.cpuMsPerArticle };
  for (const group of PROCESS_GROUPS) cpuMsPerArticle[GROUP_KEYS[group]] = cpuMs(group, full);
  cpuMsPerArticle.total = pipelineCpuMs(full, cpuMs);
  // Paced, batches hold about one article: each pays a batch's fixed cost alone, so "half rate" is more than half the load.
  const cpuMsPerArticleAtHalfRate = pipelineCpuMs(paced, cpuMs);
  const runs = [full, scaled, paced, smallRun];
  const result = {
    baselineArticlesPerSec: baseline.perSecond,
    pipelineArticlesPerSec: full.perSecond,
    ratio: full.perSecond / baseline.perSecond,
    smallArticlesPerSec: smallRun.perSecond,
    smallBaselineArticlesPerSec: smallBaseline.perSecond,
    // The same baselines in a process pinned to one CPU (taskset), its GC threads on that CPU too.
    oneCpuBaselineArticlesPerSec: oneCpuBaseline?.perSecond ?? null,
    oneCpuBaselineBeforeRunsArticlesPerSec: oneCpuBaselineBefore?.perSecond ?? null,
    ratioToOneCpuBaseline: oneCpuBaseline ? full.perSecond / oneCpuBaseline.perSecond : null,
    smallOneCpuBaselineArticlesPerSec: smallOneCpuBaseline?.perSecond ?? null,
    cpuMsPerArticle,
    latencyMs: full.latencyMs,
    latencyAtHalfRateMs: paced.latencyMs,
    latencyAtHalfRateWarmMs: paced.warmLatencyMs,
    cpuMsPerArticleAtHalfRate,
    scaled: { stage: bottleneck, replicas: 2, articlesPerSec: scaled.perSecond, oneReplicaArticlesPerSec: full.perSecond },
    peakRssMb: { ingest: full.peakRssMb.ingest, parse: full.peakRssMb.parse, entityExtract: full.peakRssMb['entity-extract'], publish: full.peakRssMb.publish },
    articlesPerBatch: full.meanBatchSize,
    articles,
    lost: runs.reduce((sum, r) => sum + r.lost, 0),
    duplicates: runs.reduce((sum, r) => sum + r.duplicates, 0),
    duplicateDeliveries: runs.reduce((sum, r) => sum + r.duplicateDeliveries, 0),
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(result, null, 2)}\n`);

  console.log(
    `\n${articles} articles per workload; load average ${fixed(loadAtStart, 2)} at the start, ${fixed(loadavg()[0], 2)} at the end (2 cores: above ~2 the figures are noisy)\n`,
  );
  printTable([
    ['workload', 'articles/s', 'target'],
    ['real pages, 4 services', fixed(full.perSecond), `>= ${fixed(0.8 * baseline.perSecond)} (0.8x one core)`],
    [`real pages, 2 ${bottleneck} replicas`, fixed(scaled.perSecond), ''],
    ['real pages, parse + extract in one process', fixed(baseline.perSecond), ''],
    ['real pages, the same pinned to one CPU', oneCpuBaseline ? fixed(oneCpuBaseline.perSecond) : 'n/a (no taskset)', ''],
    ['real pages, the same pinned, before the runs', oneCpuBaselineBefore ? fixed(oneCpuBaselineBefore.perSecond) : 'n/a (no taskset)', ''],
    ['small articles, 4 services', fixed(smallRun.perSecond), `>= ${fixed(0.8 * smallBaseline.perSecond)} (0.8x one core)`],
    ['small articles, parse + extract in one process', fixed(smallBaseline.perSecond), ''],
    ['small articles, the same pinned to one CPU', smallOneCpuBaseline ? fixed(smallOneCpuBaseline.perSecond) : 'n/a (no taskset)', ''],
  ]);
  console.log(`real pages through the pipeline run at ${fixed(result.ratio, 2)}x parse + extract on one core (target >= 0.8x)`);
  if (result.ratioToOneCpuBaseline !== null) {
    console.log(
      `(${fixed(result.ratioToOneCpuBaseline, 2)}x the same pinned to one CPU: unpinned, the baseline's garbage collection runs on the other core beside it)`,
    );
  }
  if (oneCpuBaseline && oneCpuBaselineBefore) {
    const drift = oneCpuBaseline.perSecond / oneCpuBaselineBefore.perSecond - 1;
    console.log(
      `the pinned baseline read ${fixed(oneCpuBaselineBefore.perSecond)} pages/s before the runs and ${fixed(oneCpuBaseline.perSecond)} after (${drift >= 0 ? '+' : ''}${fixed(100 * drift, 0)} %)` +
        (Math.abs(drift) > 0.15 ? ': the machine changed speed during the run, so its ratios are not comparable with a steady run' : ''),
    );
  }
  console.log('');
  const perArticle = (n: number) => fixed(n / articles, 1);
  printTable([
    [
      'real pages, full load',
      'CPU ms/article',
      'x baseline',
      'voluntary switches/article',
      'involuntary/article',
      'peak RSS MB (target < 200)',
      'articles/batch',
    ],
    ['baseline (one process)', fixed(baseline.cpuMsPerArticle), '1.00', '', '', '', ''],
    ...PROCESS_GROUPS.map((g) => [
      g,
      fixed(cpuMs(g, full)),
      fixed(cpuMs(g, full) / baseline.cpuMsPerArticle, 2),
      perArticle(full.usage[g].voluntarySwitches),
      perArticle(full.usage[g].involuntarySwitches),
      (STAGE_NAMES as string[]).includes(g) ? fixed(full.peakRssMb[g as StageName]) : '',
      batchCell(full, g),
    ]),
    ['total pipeline', fixed(cpuMsPerArticle.total), `${fixed(cpuMsPerArticle.total / baseline.cpuMsPerArticle, 2)} (target <= 2.5)`, '', '', '', ''],
  ]);
  console.log(
    `pipeline CPU while running: ${fixed(coresBusy(cpuMsPerArticle.total, full), 2)} of 2 cores busy; Postgres WAL syncs: ${perArticle(full.walSyncs)} per article (cluster-wide)\n`,
  );
  printTable([
    ['end-to-end latency (stored timestamps)', 'p50 ms', 'p95 ms', 'p99 ms', 'target'],
    [`full load (${fixed(full.perSecond)}/s)`, fixed(full.latencyMs.p50), fixed(full.latencyMs.p95), fixed(full.latencyMs.p99), ''],
    [`half rate (${fixed(halfRate)}/s, paced)`, fixed(paced.latencyMs.p50), fixed(paced.latencyMs.p95), fixed(paced.latencyMs.p99), 'p99 < 250'],
    ...warmRow(`half rate, articles from ${WARM_AFTER_MS / 1000} s after the first`, paced),
  ]);
  console.log(
    `half rate: ${fixed(cpuMsPerArticleAtHalfRate)} CPU ms per article (${fixed(cpuMsPerArticleAtHalfRate / cpuMsPerArticle.total, 2)}x full load's, batches of ${batchSizesText(paced)}), ${fixed(coresBusy(cpuMsPerArticleAtHalfRate, paced), 2)} of 2 cores busy\n`,
  );
  printHops(`half rate (${fixed(halfRate)}/s)`, paced);
  const copiesPerRun = `full ${full.duplicateDeliveries}, ${bottleneck} x2 ${scaled.duplicateDeliveries}, half rate ${paced.duplicateDeliveries}, small ${smallRun.duplicateDeliveries}`;
  console.log(
    `lost ${result.lost}, duplicates ${result.duplicates}, event copies received again and skipped by an inbox ${result.duplicateDeliveries} (${copiesPerRun}); written to ${path.relative(process.cwd(), RESULTS)}`,
  );
}

/** A stage's mean deliveries per committed batch in a run (blank for RabbitMQ and Postgres). */
function batchCell(run: RunResult, group: ProcessGroup): string {
  const mean = run.meanBatchSize[group];
  return mean === undefined ? '' : fixed(mean);
}

/** CPU ms per article of the whole pipeline (services, RabbitMQ, Postgres) in a run. */
function pipelineCpuMs(run: RunResult, cpuMs: (group: ProcessGroup, run: RunResult) => number): number {
  return PROCESS_GROUPS.reduce((sum, g) => sum + cpuMs(g, run), 0);
}

/** How many cores a run kept busy: its CPU per article times its articles per second. */
function coresBusy(cpuMsPerArticle: number, run: RunResult): number {
  return (cpuMsPerArticle / 1000) * run.perSecond;
}

/** Each stage's mean articles per batch in a run, in stage order ("1.1 / 1.2 / 1.2 / 1.2"). */
function batchSizesText(run: RunResult): string {
  return STAGE_NAMES.map((stage) => batchCell(run, stage) || '?').join(' / ');
}

/** The run's latency without its first WARM_AFTER_MS (none when the run was shorter). */
function warmRow(label: string, run: RunResult): string[][] {
  const l = run.warmLatencyMs;
  return l ? [[label, fixed(l.p50), fixed(l.p95), fixed(l.p99), '']] : [];
}

/** Stored end-to-end latency, the client's observed one, and the hops the stored one is made of. */
function printHops(label: string, run: RunResult): void {
  const row = (name: string, l: LatencySummary) => [name, fixed(l.p50), fixed(l.p95), fixed(l.p99)];
  printTable([
    [`where the time goes, ${label}`, 'p50 ms', 'p95 ms', 'p99 ms'],
    ...Object.entries(run.hops).map(([hop, l]) => row(hop, l)),
    row('end to end (stored timestamps)', run.latencyMs),
    ...(run.warmLatencyMs ? [row(`end to end, articles from ${WARM_AFTER_MS / 1000} s after the first`, run.warmLatencyMs)] : []),
    row('submit → article.published arrives (client)', run.observedLatencyMs),
  ]);
}

/**
 * BENCH_QUICK=1: one run alone, to compare one change with another; writes no results file.
 * Real pages at full load by default (CPU per article); BENCH_RATE=N paces it at N articles/s
 * (latency); BENCH_WORKLOAD=small runs the small articles instead.
 */
function printQuick(what: string, full: RunResult, cpuMs: (group: ProcessGroup, run: RunResult) => number, loadAtStart: number): void {
  console.log(`\nquick run (${what}); load average ${fixed(loadAtStart, 2)} at the start, ${fixed(loadavg()[0], 2)} at the end\n`);
  printTable([
    [what, 'CPU ms/article', 'peak RSS MB', 'articles/batch'],
    ...PROCESS_GROUPS.map((g) => [
      g,
      fixed(cpuMs(g, full)),
      (STAGE_NAMES as string[]).includes(g) ? fixed(full.peakRssMb[g as StageName]) : '',
      batchCell(full, g),
    ]),
    ['total pipeline', fixed(pipelineCpuMs(full, cpuMs)), '', ''],
  ]);
  printHops(what, full);
  console.log(
    `${fixed(full.perSecond)} articles/s; lost ${full.lost}, duplicates ${full.duplicates}, event copies received again and skipped ${full.duplicateDeliveries}`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
