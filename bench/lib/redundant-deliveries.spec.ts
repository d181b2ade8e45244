import { duplicateDeliveriesIn } from './redundant-deliveries';

describe('duplicateDeliveriesIn', () => {
  it('sums the duplicate outcomes of every event type and nothing else', () => {
    const text = [
      '# HELP newswire_messages_consumed_total Messages consumed',
      'newswire_messages_consumed_total{event_type="article.ingested",outcome="processed",stage="parse"} 500',
      'newswire_messages_consumed_total{event_type="article.ingested",outcome="duplicate",stage="parse"} 37',
      'newswire_messages_consumed_total{event_type="article.submitted",outcome="duplicate",stage="ingest"} 2',
      'newswire_messages_published_total{event_type="article.parsed",outcome="duplicate"} 9',
    ].join('\n');
    expect(duplicateDeliveriesIn(text)).toBe(39);
    expect(duplicateDeliveriesIn('')).toBe(0);
  });
});
