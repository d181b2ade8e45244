import type { AmqpStageTransport } from '@newswire/messaging';

/** Holds the running transport so the health endpoint can report on the broker connection. */
export class StageStatus {
  transport: AmqpStageTransport | null = null;
  shuttingDown = false;
}
