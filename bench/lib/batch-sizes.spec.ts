import { batchTotalsIn } from './batch-sizes';

describe('batchTotalsIn', () => {
  it('reads the batch-size histogram of one service', () => {
    const text = [
      '# HELP newswire_batch_size Deliveries per committed batch',
      'newswire_batch_size_bucket{le="1",stage="parse"} 3',
      'newswire_batch_size_sum{stage="parse"} 57',
      'newswire_batch_size_count{stage="parse"} 9',
      'newswire_batch_size_summary_count 100',
    ].join('\n');
    expect(batchTotalsIn(text)).toEqual({ batches: 9, deliveries: 57 });
  });

  it('reads nothing from a service without batches', () => {
    expect(batchTotalsIn('newswire_messages_consumed_total 0')).toEqual({ batches: 0, deliveries: 0 });
  });
});
