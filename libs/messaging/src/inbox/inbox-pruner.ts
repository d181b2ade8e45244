import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PeriodicJob } from '../periodic-job';
import { InboxStore } from './inbox-store';

const DAY_MS = 86_400_000;

/**
 * Keeps a stage's inbox from growing for ever: once at start-up and then every `intervalMs`,
 * claims older than the retention are deleted. A failed run is logged and tried again next time.
 */
export class InboxPruner {
  private readonly logger = new Logger('InboxPruner');
  private readonly job = new PeriodicJob(
    () => this.prune(),
    (error) => this.logger.warn(`inbox pruning failed, retried later: ${error.message}`),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: InboxStore,
    private readonly retentionDays: number,
  ) {}

  start(intervalMs: number): void {
    void this.pruneOnce(); // a failed run goes to the job's onError; start-up does not wait for it
    this.job.start(intervalMs);
  }

  stop(): Promise<void> {
    return this.job.stop();
  }

  /** One pruning pass (joining one already going on). */
  pruneOnce(): Promise<void> {
    return this.job.runOnce();
  }

  private async prune(): Promise<void> {
    const deleted = await this.inbox.prune(this.dataSource, new Date(Date.now() - this.retentionDays * DAY_MS));
    if (deleted > 0) this.logger.log(`pruned ${deleted} inbox claim(s) older than ${this.retentionDays} day(s)`);
  }
}
