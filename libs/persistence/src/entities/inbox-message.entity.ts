import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A message a consumer has processed; its presence makes redeliveries no-ops. */
@Entity({ name: 'inbox' })
export class InboxMessage {
  @PrimaryColumn({ name: 'message_id', type: 'text' })
  messageId: string;

  @Column({ name: 'message_type', type: 'text' })
  messageType: string;

  /** SHA-1 of the message body: a reused id with other content is refused, not skipped. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @Column({ name: 'processed_at', type: 'timestamptz' })
  processedAt: Date;
}
