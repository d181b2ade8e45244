import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Stages } from '@newswire/contracts';
import { MessagingMetrics, NO_METRICS } from '@newswire/metrics';
import { ConfirmedPublisher, OutgoingMessage } from '../publishing/confirmed-publisher';
import { OutboxRow, OutboxStore } from './outbox-store';
import { PeriodicJob } from '../periodic-job';
import { eventBodyContentType } from '../transport/event-body';

const STAGE_EVENT_TYPES = new Set<string>(Object.values(Stages).map((stage) => stage.consumes));

/** Rows younger than this are being published by the consumer that wrote them. */
const SWEEP_GRACE_MS = 2000;
const SWEEP_BATCH = 500;
/**
 * How long confirmed rows wait for a batch to delete them: the next batch's outbox insert does it in the
 * same statement (takeConfirmed), so a busy stage pays no round trip and no commit of its own for the
 * cleanup; an idle one deletes them in one statement after this delay.
 */
const CLEANUP_DELAY_MS = 200;

/**
 * Moves committed outbox rows to the broker. The consumer hands over its rows right after
 * commit; a periodic sweep publishes whatever is left (a crash between commit and publish,
 * a broker outage). A row is deleted only after the broker confirmed it, so an event may go
 * out twice, never zero times; its id lets the receiving inbox drop the copy.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  /** Ids of rows being published by this process's consumers, or confirmed and not yet deleted (see publishCommitted). */
  private readonly inFlight = new Set<string>();
  /** Ids of confirmed rows waiting to be deleted (see CLEANUP_DELAY_MS). */
  private readonly confirmed = new Set<string>();
  private cleanupTimer: NodeJS.Timeout | null = null;
  /** Publishes of committed rows whose confirms have not come back yet. */
  private readonly publishing = new Set<Promise<boolean>>();
  private readonly sweeper = new PeriodicJob(
    () => this.publishLeftovers(SWEEP_GRACE_MS),
    (error) => this.logger.warn(`outbox sweep failed, will retry: ${error.message}`),
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: OutboxStore,
    private readonly publisher: ConfirmedPublisher,
    private readonly exchange: string,
    private readonly metrics: MessagingMetrics = NO_METRICS,
  ) {}

  toMessage(row: OutboxRow): OutgoingMessage {
    return {
      exchange: this.exchange,
      routingKey: row.routingKey,
      body: row.body,
      options: {
        messageId: row.id,
        type: row.routingKey,
        correlationId: row.correlationId,
        contentType: eventBodyContentType(row.body),
        persistent: true,
        // Events a stage consumes must reach its queue; article.published may have no subscriber.
        mandatory: STAGE_EVENT_TYPES.has(row.routingKey),
        ...(row.traceContext ? { headers: row.traceContext } : {}),
      },
    };
  }

  /**
   * Publishes rows this process has just committed (with `others`, e.g. retry copies) in one confirm
   * wait; confirmed rows are then deleted by the next batch's outbox insert or, when none comes, by the
   * cleanup (CLEANUP_DELAY_MS). Until their delete is done the rows are in flight: the sweep leaves them
   * alone however long the confirm takes, instead of publishing a second copy of each (under load a
   * confirm can outlast the grace period). False when the broker did not confirm: the rows are then
   * the sweep's (counted as deferred).
   */
  publishCommitted(rows: OutboxRow[], others: OutgoingMessage[] = []): Promise<boolean> {
    if (rows.length === 0 && others.length === 0) return Promise.resolve(true);
    const publishing = this.publish(rows, others);
    // Batches need not wait for their confirms (MessageProcessor.process); stop() waits for those in flight.
    this.publishing.add(publishing);
    void publishing.finally(() => this.publishing.delete(publishing));
    return publishing;
  }

  private async publish(rows: OutboxRow[], others: OutgoingMessage[]): Promise<boolean> {
    for (const row of rows) this.inFlight.add(row.id);
    try {
      await this.publisher.publishAll([...rows.map((row) => this.toMessage(row)), ...others]);
    } catch (error) {
      this.release(rows.map((row) => row.id));
      this.logger.warn(`publishing after commit failed (${(error as Error).message}); the outbox sweep takes over`);
      this.metrics.published(rows, 'deferred');
      return false;
    }
    this.metrics.published(rows, 'confirmed');
    this.giveBackConfirmed(rows.map((row) => row.id));
    return true;
  }

  /**
   * Ids of confirmed rows for a batch's transaction to delete with its outbox insert. The batch hands
   * them to `deletedConfirmed` once it committed, or back with `giveBackConfirmed` when it did not.
   */
  takeConfirmed(): string[] {
    const ids = [...this.confirmed];
    this.confirmed.clear();
    return ids;
  }

  /** Confirmed rows a committed transaction deleted: no longer in flight. */
  deletedConfirmed(ids: string[]): void {
    this.release(ids);
  }

  /** Confirmed rows still to delete (just confirmed, or taken by a batch that did not commit). */
  giveBackConfirmed(ids: string[]): void {
    if (ids.length === 0) return;
    for (const id of ids) this.confirmed.add(id);
    this.cleanupTimer ??= setTimeout(() => {
      this.cleanupTimer = null;
      void this.deleteConfirmed();
    }, CLEANUP_DELAY_MS);
  }

  /** Deletes the confirmed rows no batch took; when that fails they are left to the sweep (published again, dropped by the receiving inbox). */
  private async deleteConfirmed(): Promise<void> {
    const ids = this.takeConfirmed();
    if (ids.length === 0) return;
    try {
      await this.store.delete(ids);
    } catch (error) {
      this.logger.warn(`outbox cleanup deferred to the sweep: ${(error as Error).message}`);
    } finally {
      this.release(ids);
    }
  }

  private release(ids: string[]): void {
    for (const id of ids) this.inFlight.delete(id);
  }

  start(intervalMs: number): void {
    this.sweeper.start(intervalMs);
  }

  /** Stops the sweep, waits for the confirms of publishes in flight and deletes the confirmed rows still waiting for a batch. */
  async stop(): Promise<void> {
    await this.sweeper.stop();
    await Promise.all(this.publishing);
    if (this.cleanupTimer) clearTimeout(this.cleanupTimer);
    this.cleanupTimer = null;
    await this.deleteConfirmed();
  }

  /** Runs the periodic sweep now (joining one already going on): every leftover row older than the grace period. */
  sweepNow(): Promise<void> {
    return this.sweeper.runOnce();
  }

  /** Publishes, batch by batch, every leftover row older than `graceMs` (0 at shutdown: all of them). */
  async publishLeftovers(graceMs: number): Promise<void> {
    // Nearly always there is nothing to publish: find that out without a transaction and row locks.
    if (!(await this.store.hasStale(graceMs, [...this.inFlight]))) return;
    for (;;) {
      const published = await this.publishLeftoverBatch(graceMs);
      if (published < SWEEP_BATCH) return;
    }
  }

  private async publishLeftoverBatch(graceMs: number): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const rows = await this.store.lockStale(runner, graceMs, SWEEP_BATCH, [...this.inFlight]);
      if (rows.length > 0) {
        await this.publisher.publishAll(rows.map((row) => this.toMessage(row)));
        await this.store.delete(
          rows.map((row) => row.id),
          runner,
        );
        this.metrics.published(rows, 'confirmed');
        this.logger.log(`outbox sweep published ${rows.length} leftover event(s)`);
      }
      await runner.commitTransaction();
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
