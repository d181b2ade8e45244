/**
 * Events a stage received again after it had processed them (its inbox recognised the id and skipped
 * the work): a second copy published by an outbox sweep, or a redelivery after a lost ack. Nothing is
 * processed twice, but each copy still crossed the broker and was decoded — CPU the pipeline spent
 * on nothing. Read from the services' own `newswire_messages_consumed_total{outcome="duplicate"}`.
 */
export function duplicateDeliveriesIn(metricsText: string): number {
  let total = 0;
  for (const line of metricsText.split('\n')) {
    if (!line.startsWith('newswire_messages_consumed_total{') || !line.includes('outcome="duplicate"')) continue;
    total += Number(line.slice(line.lastIndexOf(' ') + 1)) || 0;
  }
  return total;
}

/** The sum over the running services (by their base URLs) of duplicateDeliveriesIn their /metrics. */
export async function duplicateDeliveries(serviceUrls: string[]): Promise<number> {
  const counts = await Promise.all(serviceUrls.map(async (url) => duplicateDeliveriesIn(await (await fetch(`${url}/metrics`)).text())));
  return counts.reduce((sum, n) => sum + n, 0);
}
