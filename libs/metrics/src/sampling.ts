export class SampleTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not answer within ${ms} ms`);
    this.name = 'SampleTimeout';
  }
}

/** The promise's value, or SampleTimeout after `ms`: a scrape must not hang on a stuck broker or database. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SampleTimeout(what, ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Shares one run of `sample` among callers within `ttlMs`: several gauges read the same broker
 * answer on one scrape instead of asking once each.
 */
export function sharedSample<T>(sample: () => Promise<T>, ttlMs: number, now: () => number = Date.now): () => Promise<T> {
  let last: { at: number; result: Promise<T> } | null = null;
  return () => {
    if (!last || now() - last.at > ttlMs) last = { at: now(), result: sample() };
    return last.result;
  };
}
