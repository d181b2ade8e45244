import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A message that was dead-lettered, kept with the reason so it can be inspected and replayed. */
@Entity({ name: 'failed_messages' })
export class FailedMessage {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ type: 'text' })
  queue: string;

  @Column({ name: 'routing_key', type: 'text', nullable: true })
  routingKey: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'int' })
  attempts: number;

  @Column({ type: 'jsonb' })
  properties: Record<string, unknown>;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt: Date;

  @Column({ name: 'replayed_at', type: 'timestamptz', nullable: true })
  replayedAt: Date | null;
}
