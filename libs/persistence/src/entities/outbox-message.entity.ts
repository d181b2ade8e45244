import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An event written in the same transaction as the stage output; deleted once the broker confirms it. */
@Entity({ name: 'outbox' })
export class OutboxMessage {
  @PrimaryColumn({ type: 'text' })
  id: string;

  @Column({ name: 'routing_key', type: 'text' })
  routingKey: string;

  @Column({ name: 'correlation_id', type: 'text' })
  correlationId: string;

  /** The serialised envelope, published byte for byte. */
  @Column({ type: 'text' })
  body: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
