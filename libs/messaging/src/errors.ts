/**
 * A failure that retrying cannot fix (input the stage can never process). The message goes
 * to the dead-letter queue at once, with this error's message as the recorded reason.
 */
export class PermanentFailure extends Error {
  constructor(
    message: string,
    readonly code = 'PERMANENT',
  ) {
    super(message);
    this.name = 'PermanentFailure';
  }
}
