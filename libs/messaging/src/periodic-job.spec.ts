import { PeriodicJob } from './periodic-job';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('PeriodicJob', () => {
  it('joins a run already going on instead of starting a second one', async () => {
    const gate = deferred();
    let runs = 0;
    const job = new PeriodicJob(
      () => {
        runs++;
        return gate.promise;
      },
      () => undefined,
    );
    const first = job.runOnce();
    const second = job.runOnce();
    expect(second).toBe(first);
    gate.resolve();
    await first;
    expect(runs).toBe(1);
    await job.runOnce();
    expect(runs).toBe(2);
  });

  it('hands a failed run to onError and runs again on the next call', async () => {
    const errors: string[] = [];
    let runs = 0;
    const job = new PeriodicJob(
      async () => {
        runs++;
        if (runs === 1) throw new Error('database away');
      },
      (error) => errors.push(error.message),
    );
    await job.runOnce();
    await job.runOnce();
    expect(errors).toEqual(['database away']);
    expect(runs).toBe(2);
  });

  it('stop waits for the run in progress', async () => {
    const gate = deferred();
    let finished = false;
    const job = new PeriodicJob(
      async () => {
        await gate.promise;
        finished = true;
      },
      () => undefined,
    );
    job.start(60_000);
    void job.runOnce();
    let stoppedBeforeTheRunEnded = false;
    const stopped = job.stop().then(() => {
      stoppedBeforeTheRunEnded = !finished;
    });
    await new Promise((resolve) => setTimeout(resolve, 20)); // a stop that did not wait would be done by now
    gate.resolve();
    await stopped;
    expect(stoppedBeforeTheRunEnded).toBe(false);
    expect(finished).toBe(true);
  });
});
