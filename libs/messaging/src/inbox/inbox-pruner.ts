import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { InboxStore } from './inbox-store';

const DAY_MS = 86_400_000;

/**
 * Keeps a stage's inbox from growing for ever: once at start-up and then every `intervalMs`,
 * claims older than the retention are deleted. A failed run is logged and tried again next time.
 */
export class InboxPruner {
  private readonly logger = new Logger('InboxPruner');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly inbox: InboxStore,
    private readonly retentionDays: number,
  ) {}

  start(intervalMs: number): void {
    if (this.timer) return;
    void this.pruneOnce();
    this.timer = setInterval(() => void this.pruneOnce(), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pruning pass (skipped while one is still running). */
  pruneOnce(now = new Date()): Promise<void> {
    this.running ??= (async () => {
      try {
        const deleted = await this.inbox.prune(this.dataSource, new Date(now.getTime() - this.retentionDays * DAY_MS));
        if (deleted > 0) this.logger.log(`pruned ${deleted} inbox claim(s) older than ${this.retentionDays} day(s)`);
      } catch (error) {
        this.logger.warn(`inbox pruning failed, retried later: ${(error as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
