import type { QueryRunner } from 'typeorm';

/**
 * A write that a stage's handlers contribute to and that runs once per batch transaction, after the
 * handlers and before the commit. For rows that many messages of a batch would each update in turn
 * (a count shared by many articles): one statement and one new row version per batch instead of one
 * per message. A message whose handler fails in an isolated run contributes nothing.
 */
export interface BatchWrite<T> {
  /** Writes the contributions of the batch's processed messages, in the order they were made. */
  flush(queryRunner: QueryRunner, contributions: T[]): Promise<void>;
}

/** Contributions to batch writes, in the order they were made. */
export class BatchWrites {
  private readonly pending = new Map<BatchWrite<unknown>, unknown[]>();

  add<T>(write: BatchWrite<T>, contributions: T[]): void {
    if (contributions.length === 0) return;
    const list = this.pending.get(write as BatchWrite<unknown>);
    if (list) list.push(...contributions);
    else this.pending.set(write as BatchWrite<unknown>, [...contributions]);
  }

  addAll(other: BatchWrites): void {
    for (const [write, contributions] of other.pending) this.add(write, contributions);
  }

  contributions<T>(write: BatchWrite<T>): T[] {
    return (this.pending.get(write as BatchWrite<unknown>) ?? []) as T[];
  }

  async flush(queryRunner: QueryRunner): Promise<void> {
    for (const [write, contributions] of this.pending) await write.flush(queryRunner, contributions);
  }
}
