/**
 * Whether an error means the database could not be reached or the connection broke (as
 * opposed to a statement failing). Such errors say nothing about the message being handled,
 * so the consumer waits and retries the batch instead of spending the message's attempts.
 */
const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08P01', // connection_exception class
  '53300', // too_many_connections
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const e = current as { code?: string; message?: string; driverError?: unknown; cause?: unknown };
    if (e.code && CONNECTION_ERROR_CODES.has(e.code)) return true;
    const message = e.message ?? '';
    if (
      /Connection terminated|connection timeout|Client has encountered a connection error|not queryable|Cannot use a pool after calling end|timeout exceeded when trying to connect/i.test(
        message,
      )
    ) {
      return true;
    }
    current = e.driverError ?? e.cause;
  }
  return false;
}
