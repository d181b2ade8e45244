import { metricSamples } from './metrics-text';

/**
 * Events a stage received again after it had processed them (its inbox recognised the id and skipped
 * the work): a second copy published by an outbox sweep, or a redelivery after a lost ack. Nothing is
 * processed twice, but each copy still crossed the broker and was decoded — CPU the pipeline spent
 * on nothing. Read from the services' own `newswire_messages_consumed_total{outcome="duplicate"}`.
 */
export function duplicateDeliveriesIn(metricsText: string): number {
  return metricSamples(metricsText, 'newswire_messages_consumed_total')
    .filter((s) => s.labels.includes('outcome="duplicate"'))
    .reduce((total, s) => total + s.value, 0);
}
