import { readFileSync } from 'fs';
import * as path from 'path';
import { StageMetrics, StageMetricSources } from './stage-metrics';

const idle: StageMetricSources = {
  queues: async () => [
    { name: 'newswire.parse', kind: 'work', messages: 7, consumers: 2 },
    { name: 'newswire.parse.dead-letter', kind: 'dead_letter', messages: 1, consumers: 0 },
  ],
  outboxBacklog: async () => 3,
  pendingDeadLetters: async () => 1,
  databasePool: () => ({ total: 5, idle: 2, waiting: 1, max: 10 }),
};

/** A histogram's values name their series (_bucket, _sum, _count); other metrics' values do not. */
function seriesName(value: object, metricName: string): string {
  return (value as { metricName?: string }).metricName ?? metricName;
}

/** The value of one series; `series` picks a histogram's _count or _sum. */
async function value(metrics: StageMetrics, name: string, labels: Record<string, string> = {}, series = name): Promise<number | undefined> {
  const metric = await metrics.registry.getSingleMetric(name)!.get();
  const found = metric.values.find((v) => seriesName(v, name) === series && Object.entries(labels).every(([k, l]) => v.labels[k] === l));
  return found?.value;
}

describe('StageMetrics', () => {
  it('counts settled deliveries by event type and outcome, with end-to-end latency for processed ones only', async () => {
    const metrics = new StageMetrics('parse');
    const submitted = new Date(Date.now() - 3000).toISOString();
    metrics.consumed('article.ingested', 'processed', submitted);
    metrics.consumed('article.ingested', 'processed', submitted);
    metrics.consumed('article.ingested', 'duplicate', submitted);
    metrics.consumed('invalid', 'dead_lettered');
    expect(await value(metrics, 'newswire_messages_consumed_total', { event_type: 'article.ingested', outcome: 'processed' })).toBe(2);
    expect(await value(metrics, 'newswire_messages_consumed_total', { event_type: 'article.ingested', outcome: 'duplicate' })).toBe(1);
    expect(await value(metrics, 'newswire_messages_consumed_total', { event_type: 'invalid', outcome: 'dead_lettered' })).toBe(1);
    expect(await value(metrics, 'newswire_end_to_end_latency_seconds', {}, 'newswire_end_to_end_latency_seconds_count')).toBe(2);
    const sum = await value(metrics, 'newswire_end_to_end_latency_seconds', {}, 'newswire_end_to_end_latency_seconds_sum');
    expect(sum).toBeGreaterThanOrEqual(6);
    expect(sum).toBeLessThan(60);
  });

  it('counts published events per type and times handlers by outcome', async () => {
    const metrics = new StageMetrics('parse');
    const event = (routingKey: string) => ({ routingKey });
    metrics.published([event('article.parsed'), event('article.parsed'), event('article.published')], 'confirmed');
    metrics.published([event('article.parsed')], 'deferred');
    expect(await value(metrics, 'newswire_messages_published_total', { event_type: 'article.parsed', outcome: 'confirmed' })).toBe(2);
    expect(await value(metrics, 'newswire_messages_published_total', { event_type: 'article.published', outcome: 'confirmed' })).toBe(1);
    expect(await value(metrics, 'newswire_messages_published_total', { event_type: 'article.parsed', outcome: 'deferred' })).toBe(1);
    metrics.handlerStarted('article.ingested')('error');
    const histogram = await metrics.registry.getSingleMetric('newswire_handler_duration_seconds')!.get();
    const count = histogram.values.find((v) => seriesName(v, '') === 'newswire_handler_duration_seconds_count');
    expect(count).toMatchObject({ value: 1, labels: { event_type: 'article.ingested', outcome: 'error' } });
  });

  it('samples queues, outbox, dead letters and the pool on scrape, every series labelled with the stage', async () => {
    const metrics = new StageMetrics('parse');
    expect(await metrics.exposition()).not.toMatch(/^newswire_queue_messages\{/m); // nothing until observed
    metrics.observe(idle);
    const text = await metrics.exposition();
    expect(text).toContain('newswire_queue_messages{queue="newswire.parse",kind="work",stage="parse"} 7');
    expect(text).toContain('newswire_queue_consumers{queue="newswire.parse",kind="work",stage="parse"} 2');
    expect(text).toContain('newswire_queue_messages{queue="newswire.parse.dead-letter",kind="dead_letter",stage="parse"} 1');
    expect(text).toContain('newswire_outbox_backlog{stage="parse"} 3');
    expect(text).toContain('newswire_dead_letters_pending{stage="parse"} 1');
    expect(text).toContain('newswire_db_pool_connections{state="in_use",stage="parse"} 3');
    expect(text).toContain('newswire_db_pool_connections{state="waiting",stage="parse"} 1');
    expect(text).toContain('process_cpu_seconds_total{stage="parse"}');
  });

  it('leaves out a sample that does not answer in time and counts the failure, without holding the scrape', async () => {
    const metrics = new StageMetrics('ingest', 50);
    metrics.observe({ ...idle, queues: () => new Promise(() => undefined), outboxBacklog: async () => Promise.reject(new Error('database down')) });
    const started = Date.now();
    const text = await metrics.exposition();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(text).not.toMatch(/^newswire_queue_messages\{/m);
    expect(text).toMatch(/^newswire_outbox_backlog\{stage="ingest"\} nan$/im); // prom-client writes Nan; Prometheus reads any case
    expect(text).toContain('newswire_dead_letters_pending{stage="ingest"} 1');
    expect(await value(metrics, 'newswire_metric_sample_failures_total', { sample: 'queues' })).toBe(1);
    expect(await value(metrics, 'newswire_metric_sample_failures_total', { sample: 'outbox' })).toBe(1);
  });

  it('defines every metric the Grafana dashboard and the alert rules query', () => {
    const metrics = new StageMetrics('publish');
    const ops = path.resolve(__dirname, '../../../ops');
    const dashboard = JSON.parse(readFileSync(path.join(ops, 'grafana/newswire-dashboard.json'), 'utf8')) as {
      panels: Array<{ targets?: Array<{ expr: string }> }>;
    };
    const expressions = [
      ...dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr)),
      readFileSync(path.join(ops, 'prometheus/alerts.yml'), 'utf8'),
    ];
    const names = new Set(expressions.flatMap((expr) => expr.match(/\b(?:newswire|process|nodejs)_[a-z0-9_]+/g) ?? []));
    expect(names.size).toBeGreaterThan(10);
    const histogramSeries = /_(bucket|sum|count)$/;
    const missing = [...names].filter(
      (name) => !metrics.registry.getSingleMetric(name) && !metrics.registry.getSingleMetric(name.replace(histogramSeries, '')),
    );
    expect(missing).toEqual([]);
  });
});
