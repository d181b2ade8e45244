/**
 * Deliveries per committed batch, per stage: a stage's fixed cost per batch (a transaction with its
 * WAL flush, a confirm wait, an outbox delete) is shared by the batch, so the mean batch size explains
 * much of the CPU per article of the plumbing. Read from the services' own `newswire_batch_size`
 * histogram (its _sum and _count).
 */
export function batchTotalsIn(metricsText: string): { batches: number; deliveries: number } {
  const read = (name: string) => {
    const line = metricsText.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
    return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) || 0 : 0;
  };
  return { batches: read('newswire_batch_size_count'), deliveries: read('newswire_batch_size_sum') };
}

/** Mean deliveries per batch of each stage, over its replicas (by their base URLs). */
export async function meanBatchSizes(services: Array<{ stage: string; url: string }>): Promise<Record<string, number>> {
  const totals = new Map<string, { batches: number; deliveries: number }>();
  for (const { stage, url } of services) {
    const t = batchTotalsIn(await (await fetch(`${url}/metrics`)).text());
    const sum = totals.get(stage) ?? { batches: 0, deliveries: 0 };
    totals.set(stage, { batches: sum.batches + t.batches, deliveries: sum.deliveries + t.deliveries });
  }
  return Object.fromEntries([...totals].map(([stage, t]) => [stage, t.batches > 0 ? t.deliveries / t.batches : 0]));
}
