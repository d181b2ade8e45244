/**
 * A background job run every `intervalMs` (the timer does not keep the process alive), one run
 * at a time: asking while a run is going on joins that run. A failed run goes to `onError` and
 * the next tick tries again. `stop` ends the timer and waits for a run in progress.
 */
export class PeriodicJob {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly job: () => Promise<void>,
    private readonly onError: (error: Error) => void,
  ) {}

  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runOnce(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  runOnce(): Promise<void> {
    this.running ??= this.job()
      .catch((error) => this.onError(error as Error))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
