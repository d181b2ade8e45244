/**
 * Runs `attempt` until it succeeds, waiting 250 ms, 500 ms, … up to 5 s between tries (the
 * back-off every connection to RabbitMQ and Postgres uses). Before each wait, `beforeRetry`
 * sees the error and the coming delay: it logs, or throws to give up (that error is rethrown).
 */
export async function retryWithBackoff<T>(attempt: () => Promise<T>, beforeRetry: (error: unknown, delayMs: number) => void): Promise<T> {
  let delayMs = 250;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      beforeRetry(error, delayMs);
      await sleep(delayMs);
      delayMs = Math.min(delayMs * 2, 5000);
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
