import type { DataSource, QueryRunner } from 'typeorm';
import { EventEnvelope, submittedAt } from '@newswire/contracts';
import { MessagingMetrics, NO_METRICS } from '@newswire/metrics';
import { activeContext, inChildSpan, inChildSpans, MessageTrace, withMessageContext } from '@newswire/tracing';
import { PermanentFailure } from '../errors';
import { failureBehavior } from '../failure-behavior';
import { InboxClaim } from '../inbox/inbox-store';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxRow } from '../outbox/outbox-store';
import { OutgoingMessage } from '../publishing/confirmed-publisher';
import { StageStores } from '../stage-stores';
import { BatchWrites } from './batch-write';
import { StageContext } from './stage-context';

export type StageHandler = (envelope: EventEnvelope, context: StageContext) => Promise<void>;

/** A message on its way into a stage, from the broker or from outside it (e.g. HTTP). */
export interface InboundMessage {
  messageId: string;
  /** sha1 of the message as received: an id reused for other content is a conflict, not a duplicate. */
  contentHash: string;
  attempt: number;
  /** Absent when the message could not be decoded; `decodeFailure` then says why. */
  envelope?: EventEnvelope;
  decodeFailure?: unknown;
  /** The message's consume span; without one (e.g. HTTP), the active context is the parent. */
  trace?: MessageTrace;
}

/** What became of one message of a committed batch. */
export type MessageOutcome = { status: 'processed' | 'duplicate' } | { status: 'failed'; failure: unknown };

/**
 * Decides, inside the batch transaction, what a failed message becomes: a retry or dead-letter
 * copy to publish after commit (a dead letter is recorded in the same transaction), or nothing.
 */
export type FailureRoute<M extends InboundMessage> = (queryRunner: QueryRunner, message: M, failure: unknown) => Promise<OutgoingMessage | null>;

export interface ProcessedBatch {
  outcomes: MessageOutcome[];
  /**
   * False when the batch had retry or dead-letter copies and the broker did not confirm them after commit:
   * the messages go back to the queue (the outbox sweep publishes the events later). A batch without such
   * copies is settled at commit, its events being in the outbox.
   */
  published: boolean;
}

/** A handler or a batch write failed in a batch run without savepoints: the batch is rolled back and rerun isolated. */
class HandlerFailedInBatch extends Error {}

interface CommittedBatch {
  outcomes: MessageOutcome[];
  outboxRows: OutboxRow[];
  failureCopies: OutgoingMessage[];
}

export interface MessageProcessorOptions {
  dataSource: DataSource;
  stores: StageStores;
  relay: OutboxRelay;
  handle: StageHandler;
  /** Where batch sizes, deferred publishes and settled outcomes are reported (none by default). */
  metrics?: MessagingMetrics;
}

/**
 * The one place a stage processes messages, whether they come from its queue or from outside
 * the broker: in one transaction
 *   inbox claim → handler per message → batch writes → failures routed → outbox rows → commit,
 * then the outbox rows and failure copies are published with one confirm wait (awaited only when
 * there are failure copies: see process); the confirmed rows are deleted by a later batch's outbox
 * insert (or the relay's cleanup when none comes).
 * An error that reaches the caller means nothing was committed (e.g. the database is
 * unavailable); a handler's failure is an outcome, not an error.
 */
export class MessageProcessor {
  private readonly metrics: MessagingMetrics;

  constructor(private readonly options: MessageProcessorOptions) {
    this.metrics = options.metrics ?? NO_METRICS;
  }

  async process<M extends InboundMessage>(messages: M[], routeFailure: FailureRoute<M>): Promise<ProcessedBatch> {
    const { outcomes, outboxRows, failureCopies } = await this.commit(messages, routeFailure);
    this.metrics.batchCommitted(messages.length);
    const publishing = this.options.relay.publishCommitted(outboxRows, failureCopies);
    // The batch's events are committed in the outbox: if the broker does not confirm them, the sweep publishes
    // them, so the batch is settled at commit and the next one runs while the confirms come back. A retry or
    // dead-letter copy exists only in this process until confirmed: a batch with one waits (committed but not
    // confirmed: the messages go back to the queue and the outbox sweep publishes the events).
    if (failureCopies.length > 0 && !(await publishing)) return { outcomes, published: false };
    // Failed messages are counted by whoever routed them (retried or dead-lettered).
    for (const [i, outcome] of outcomes.entries()) {
      const envelope = messages[i].envelope;
      if (outcome.status !== 'failed' && envelope) this.metrics.consumed(envelope.type, outcome.status, submittedAt(envelope));
    }
    return { outcomes, published: true };
  }

  /**
   * Events that start in this stage rather than answer a message (a reprocess request): the work's
   * writes and its events' outbox rows commit in one transaction, then the events are published as
   * after a batch (the outbox sweep takes over when the broker does not confirm). An error means
   * nothing was committed.
   */
  async originate<T>(work: (queryRunner: QueryRunner) => Promise<{ events: OutboxRow[]; result: T }>): Promise<T> {
    const queryRunner = this.options.dataSource.createQueryRunner();
    let originated: { events: OutboxRow[]; result: T };
    await queryRunner.connect();
    try {
      await queryRunner.startTransaction();
      originated = await work(queryRunner);
      await this.options.stores.outbox.insert(queryRunner, originated.events);
      await queryRunner.commitTransaction();
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      throw error;
    } finally {
      await queryRunner.release().catch(() => undefined);
    }
    const { events, result } = originated;
    await this.options.relay.publishCommitted(events);
    return result;
  }

  /**
   * A start-up rehearsal: the messages go through inbox claim → handler → outbox insert as a batch
   * does, and the transaction is rolled back — nothing is stored, published, routed or counted. A fresh
   * process otherwise runs its first real batches through code V8 has not compiled yet and statements
   * its connections have not planned, and the articles of the first seconds queue behind them.
   */
  async rehearse(messages: InboundMessage[]): Promise<MessageOutcome[]> {
    const { outcomes } = await this.commit(messages, async () => null, messages.length === 1, true);
    return outcomes;
  }

  /**
   * `isolated` runs each handler in a savepoint, so one failing message leaves the others'
   * work in place. That costs two round trips a message, so a batch first runs without them
   * and is rerun isolated only when a handler fails (rare: the rerun repeats the batch's work).
   * A `rehearsal` rolls back where a batch commits.
   */
  private async commit<M extends InboundMessage>(
    messages: M[],
    routeFailure: FailureRoute<M>,
    isolated = messages.length === 1,
    rehearsal = false,
  ): Promise<CommittedBatch> {
    const { inbox, outbox } = this.options.stores;
    const outcomes: MessageOutcome[] = messages.map((m) => (m.envelope ? { status: 'processed' } : { status: 'failed', failure: m.decodeFailure }));
    const outboxRows: OutboxRow[] = [];
    const failureCopies: OutgoingMessage[] = [];
    // What the processed messages contributed to writes made once per batch (isolated runs make them per message).
    const batchWrites = new BatchWrites();
    const queryRunner = this.options.dataSource.createQueryRunner();
    let committed = false;
    // Rows of earlier batches the broker confirmed, deleted by this batch's outbox insert (none in a rehearsal).
    let confirmedIds: string[] = [];
    await queryRunner.connect();
    try {
      await queryRunner.startTransaction();
      const decoded = messages.flatMap((message, index) => (message.envelope ? [{ message, index }] : []));
      const claims = await inbox.claim(
        queryRunner,
        decoded.map(({ message }) => ({ messageId: message.messageId, messageType: message.envelope!.type, contentHash: message.contentHash })),
      );
      for (const [k, { message, index }] of decoded.entries()) {
        outcomes[index] = await this.handleClaimed(queryRunner, message, claims[k], outboxRows, batchWrites, isolated, rehearsal);
      }
      await batchWrites.flush(queryRunner).catch((error: unknown) => {
        throw failureBehavior(error) === 'hold' ? error : new HandlerFailedInBatch('a batch write failed');
      });
      for (const [i, outcome] of outcomes.entries()) {
        if (outcome.status !== 'failed') continue;
        const copy = await withMessageContext(messages[i].trace, () => routeFailure(queryRunner, messages[i], outcome.failure));
        if (copy) failureCopies.push(copy);
      }
      if (!rehearsal && outboxRows.length > 0) confirmedIds = this.options.relay.takeConfirmed();
      await outbox.insert(queryRunner, outboxRows, confirmedIds);
      if (rehearsal) await queryRunner.rollbackTransaction();
      else {
        await inChildSpans(
          messages.map((m) => m.trace?.context ?? activeContext()),
          'commit',
          () => queryRunner.commitTransaction(),
        );
      }
      committed = true;
      this.options.relay.deletedConfirmed(confirmedIds);
    } catch (error) {
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => undefined);
      this.options.relay.giveBackConfirmed(confirmedIds);
      if (!(error instanceof HandlerFailedInBatch)) throw error;
    } finally {
      await queryRunner.release().catch(() => undefined);
    }
    if (!committed) return this.commit(messages, routeFailure, true, rehearsal);
    return rehearsal ? { outcomes, outboxRows: [], failureCopies: [] } : { outcomes, outboxRows, failureCopies };
  }

  private async handleClaimed(
    queryRunner: QueryRunner,
    message: InboundMessage,
    claim: InboxClaim,
    outboxRows: OutboxRow[],
    batchWrites: BatchWrites,
    isolated: boolean,
    rehearsal: boolean,
  ): Promise<MessageOutcome> {
    if (claim === 'duplicate') return { status: 'duplicate' };
    if (claim === 'conflict') {
      return {
        status: 'failed',
        failure: new PermanentFailure(`message id ${message.messageId} was already used for different content`, 'DUPLICATE_ID_CONFLICT'),
      };
    }
    const context = new StageContext(message.envelope!, queryRunner, message.attempt, rehearsal);
    if (!isolated) {
      try {
        await this.handle(message, context);
      } catch (error) {
        if (failureBehavior(error) === 'hold') throw error;
        throw new HandlerFailedInBatch(`handler failed for ${message.messageId}`);
      }
      outboxRows.push(...context.outbox);
      batchWrites.addAll(context.batchWrites);
      return { status: 'processed' };
    }
    await queryRunner.query('SAVEPOINT handle_message');
    try {
      await this.handle(message, context);
      await context.batchWrites.flush(queryRunner);
      await queryRunner.query('RELEASE SAVEPOINT handle_message');
    } catch (error) {
      if (failureBehavior(error) === 'hold') throw error;
      await queryRunner.query('ROLLBACK TO SAVEPOINT handle_message');
      await this.options.stores.inbox.release(queryRunner, message.messageId);
      return { status: 'failed', failure: error };
    }
    outboxRows.push(...context.outbox);
    return { status: 'processed' };
  }

  /** Runs the stage's handler in a span of the message's trace, active so emitted events carry it. */
  private handle(message: InboundMessage, context: StageContext): Promise<void> {
    return inChildSpan(message.trace?.context ?? activeContext(), `handle ${message.envelope!.type}`, () => this.options.handle(message.envelope!, context));
  }
}
