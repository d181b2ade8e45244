import { metricSamples } from './metrics-text';

describe('metricSamples', () => {
  it('reads the labelled and unlabelled samples of one metric, and no other metric sharing its prefix', () => {
    const text = [
      '# HELP newswire_batch_size Deliveries per committed batch',
      'newswire_batch_size_sum{stage="parse"} 57',
      'newswire_batch_size_sum_other 3',
      'newswire_batch_size_sum 4',
      'newswire_batch_size_sum{stage="x"} NaN',
    ].join('\n');
    expect(metricSamples(text, 'newswire_batch_size_sum')).toEqual([
      { labels: 'stage="parse"', value: 57 },
      { labels: '', value: 4 },
      { labels: 'stage="x"', value: 0 },
    ]);
    expect(metricSamples(text, 'newswire_missing')).toEqual([]);
  });
});
