import { readFileSync } from 'fs';
import * as path from 'path';
import { articleIdForContentHash, STAGE_NAMES, submissionContentHash } from '@newswire/contracts';
import { waitUntil } from './support/amqp-test-client';
import { ensurePrometheusInstalled, PrometheusServer } from './support/prometheus';
import { RunningPipeline, startRunningPipeline } from './support/running-pipeline';

const sample = readFileSync(path.resolve(__dirname, '../../shared/samples/korea-herald-nk-talks.txt'), 'utf8');
/** The sample plus this many distinct variants of it. */
const EXTRA_ARTICLES = 250;
const API_KEY = 'metrics-test-key-0123456789';

function variant(n: number): string {
  return sample.replace('A flurry of diplomatic efforts', `In metrics dispatch number ${n}, a flurry of diplomatic efforts`);
}

describe('metrics scraped by a real Prometheus (four services as processes, real RabbitMQ and Postgres)', () => {
  let running: RunningPipeline;
  let prometheus: PrometheusServer;

  beforeAll(async () => {
    ensurePrometheusInstalled();
    // API keys on: the probes and the scrape must still get through without one.
    running = await startRunningPipeline({ API_KEYS: API_KEY });
    prometheus = await PrometheusServer.start(running.pipeline.processes.map((p) => ({ job: p.stage, address: `127.0.0.1:${p.port}` })));
  }, 240000);

  afterAll(async () => {
    await prometheus?.stop();
    await running?.stop();
  }, 60000);

  it('serves /metrics and /health/live|ready without an API key, while the API itself needs one', async () => {
    for (const stage of running.pipeline.processes) {
      const metrics = await fetch(`${stage.url}/metrics`);
      expect(metrics.status).toBe(200);
      expect(metrics.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await metrics.text();
      expect(text).toContain(`process_cpu_seconds_total{stage="${stage.stage}"}`);
      expect(text).toMatch(new RegExp(`newswire_db_pool_connections\\{state="max",stage="${stage.stage}"\\} \\d+`));

      const live = await fetch(`${stage.url}/health/live`);
      expect(live.status).toBe(200);
      const ready = await fetch(`${stage.url}/health/ready`);
      expect(ready.status).toBe(200);
      const readiness = (await ready.json()) as { status: string; info: Record<string, { status: string }> };
      expect(readiness.status).toBe('ok');
      for (const check of ['broker', 'database', 'migrations', 'lifecycle']) expect(readiness.info[check].status).toBe('up');
    }
    expect((await fetch(`${running.pipeline.get('publish').url}/articles?entity=Seoul`)).status).toBe(401);
  });

  it("shows each stage's consumed count equal to the number of articles, in PromQL over Prometheus's HTTP API", async () => {
    const contents = [sample, ...Array.from({ length: EXTRA_ARTICLES }, (_, i) => variant(i + 1))];
    const articleIds = contents.map((content) => articleIdForContentHash(submissionContentHash('text/plain', content, null, null)));
    for (const content of contents) await running.client.submit({ content, contentType: 'text/plain', source: 'metrics-test' });
    await running.published.waitFor(articleIds, 150000);

    const processedByStage = async () =>
      new Map((await prometheus.query('sum by (stage) (newswire_messages_consumed_total{outcome="processed"})')).map((s) => [s.labels.stage, s.value]));
    await waitUntil(
      async () => {
        const processed = await processedByStage();
        return STAGE_NAMES.every((stage) => processed.get(stage) === contents.length);
      },
      30000,
      `Prometheus to scrape ${contents.length} processed messages from each stage`,
    ).catch(async (error) => {
      throw new Error(`${(error as Error).message}: ${JSON.stringify([...(await processedByStage())])}; targets ${JSON.stringify(await prometheus.targets())}`);
    });
    const processed = await processedByStage();
    for (const stage of STAGE_NAMES) expect(processed.get(stage)).toBe(contents.length);

    // Every stage published its event for every article, and nothing was dead-lettered or left in an outbox.
    const published = new Map(
      (await prometheus.query('sum by (stage) (newswire_messages_published_total{outcome="confirmed"})')).map((s) => [s.labels.stage, s.value]),
    );
    for (const stage of STAGE_NAMES) expect(published.get(stage)).toBeGreaterThanOrEqual(contents.length);
    const endToEnd = await prometheus.query('newswire_end_to_end_latency_seconds_count{stage="publish"}');
    expect(endToEnd.map((s) => s.value)).toEqual([contents.length]);
    const deadLetters = await prometheus.query('newswire_dead_letters_pending');
    expect(deadLetters.map((s) => [s.labels.stage, s.value]).sort()).toEqual(STAGE_NAMES.map((stage) => [stage, 0]).sort());
    const consumers = await prometheus.query(`newswire_queue_consumers{queue="${running.env.topology.queue('parse')}"}`);
    expect(consumers.map((s) => s.value)).toEqual([1]);

    // rate() needs two samples of a series in its window: a fast run can process everything between two
    // scrapes, so wait for the next scrape before asking the rate panels.
    await waitUntil(
      async () => (await prometheus.query('sum by (stage) (rate(newswire_messages_consumed_total{outcome="processed"}[1m]))')).length === STAGE_NAMES.length,
      30000,
      "a second scrape of every stage's processed counter",
    );

    // Every dashboard query is valid PromQL here, and the throughput and latency panels have data.
    const dashboard = JSON.parse(readFileSync(path.resolve(__dirname, '../ops/grafana/newswire-dashboard.json'), 'utf8')) as {
      panels: Array<{ title: string; targets?: Array<{ expr: string }> }>;
    };
    const answers = new Map<string, number>();
    for (const panel of dashboard.panels) {
      for (const target of panel.targets ?? []) {
        const series = await prometheus.query(target.expr.replace(/\$__rate_interval/g, '1m').replace(/\$stage/g, '.*'));
        answers.set(panel.title, (answers.get(panel.title) ?? 0) + series.length);
      }
    }
    for (const title of ['Articles processed per second, by stage', 'End-to-end latency from first submission (p50 / p95 / p99)', 'Queue depth', 'Memory']) {
      // The title travels with the figure, so a failure names the panel without data.
      expect([title, answers.get(title)]).toEqual([title, expect.any(Number)]);
      expect([title, (answers.get(title) ?? 0) > 0]).toEqual([title, true]);
    }
  }, 240000);
});
