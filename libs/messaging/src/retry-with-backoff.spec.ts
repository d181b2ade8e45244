import { retryWithBackoff } from './retry-with-backoff';

describe('retryWithBackoff', () => {
  it('retries until the attempt succeeds, doubling the delay from 250 ms', async () => {
    let calls = 0;
    const delays: number[] = [];
    const result = await retryWithBackoff(
      async () => {
        calls++;
        if (calls < 3) throw new Error(`refused ${calls}`);
        return 'open';
      },
      (_error, delay) => delays.push(delay),
    );
    expect(result).toBe('open');
    expect(calls).toBe(3);
    expect(delays).toEqual([250, 500]);
  });

  it('gives up with the error beforeRetry throws, without another attempt', async () => {
    let calls = 0;
    const attempt = async () => {
      calls++;
      throw new Error('ECONNREFUSED');
    };
    await expect(
      retryWithBackoff(attempt, (error) => {
        throw new Error(`unreachable: ${(error as Error).message}`);
      }),
    ).rejects.toThrow('unreachable: ECONNREFUSED');
    expect(calls).toBe(1);
  });
});
