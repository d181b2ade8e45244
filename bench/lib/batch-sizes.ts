import { metricSamples } from './metrics-text';

/**
 * Deliveries per committed batch, per stage: a stage's fixed cost per batch (a transaction with its
 * WAL flush, a confirm wait, an outbox delete) is shared by the batch, so the mean batch size explains
 * much of the CPU per article of the plumbing. Read from the services' own `newswire_batch_size`
 * histogram (its _sum and _count).
 */
export function batchTotalsIn(metricsText: string): { batches: number; deliveries: number } {
  const first = (name: string) => metricSamples(metricsText, name)[0]?.value ?? 0;
  return { batches: first('newswire_batch_size_count'), deliveries: first('newswire_batch_size_sum') };
}

/** Mean deliveries per batch of each stage, over its replicas (each with its /metrics text). */
export function meanBatchSizesIn(services: Array<{ stage: string; metricsText: string }>): Record<string, number> {
  const totals = new Map<string, { batches: number; deliveries: number }>();
  for (const { stage, metricsText } of services) {
    const t = batchTotalsIn(metricsText);
    const sum = totals.get(stage) ?? { batches: 0, deliveries: 0 };
    totals.set(stage, { batches: sum.batches + t.batches, deliveries: sum.deliveries + t.deliveries });
  }
  return Object.fromEntries([...totals].map(([stage, t]) => [stage, t.batches > 0 ? t.deliveries / t.batches : 0]));
}
