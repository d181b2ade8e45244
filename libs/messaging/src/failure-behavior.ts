import { ContractViolation } from '@newswire/contracts';
import { isDatabaseUnavailable } from '@newswire/persistence';
import { PermanentFailure } from './errors';

/**
 * What a failed message becomes — the one place that decides it:
 * - `dead-letter`: it can never be processed as sent (a contract violation or a permanent failure);
 * - `hold`: the database is away, which says nothing about the message; wait, spend no attempt;
 * - `retry`: anything else, through the retry queues until the attempts run out.
 */
export type FailureBehavior = 'dead-letter' | 'hold' | 'retry';

export function failureBehavior(error: unknown): FailureBehavior {
  if (isPermanent(error)) return 'dead-letter';
  if (isDatabaseUnavailable(error)) return 'hold';
  return 'retry';
}

/** A failure that retrying cannot fix: its message is the reason recorded with the dead letter. */
export function isPermanent(error: unknown): error is ContractViolation | PermanentFailure {
  return error instanceof ContractViolation || error instanceof PermanentFailure;
}
