import type { Options } from 'amqplib';
import { AmqpConnection } from '../connection/amqp-connection';

export interface OutgoingMessage {
  exchange: string;
  routingKey: string;
  body: Buffer;
  options: Options.Publish;
}

/**
 * Publishes with publisher confirms. A batch is written in one go and awaited once, so many
 * messages share one confirm round trip; the promise resolves only when the broker has taken
 * responsibility for every message, and rejects if any was nacked or the channel closed.
 */
export class ConfirmedPublisher {
  constructor(private readonly connection: AmqpConnection) {}

  async publishAll(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const channel = await this.connection.confirmChannel();
    const confirmations: Promise<void>[] = [];
    for (const message of messages) {
      let writable = true;
      confirmations.push(
        new Promise<void>((resolve, reject) => {
          try {
            writable = channel.publish(message.exchange, message.routingKey, message.body, { persistent: true, ...message.options }, (error) =>
              error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
            );
          } catch (error) {
            reject(error);
          }
        }),
      );
      // Back-pressure: when the socket buffer is full, wait for it to drain before writing more.
      if (!writable) {
        await new Promise<void>((resolve) => {
          const done = () => {
            channel.off('drain', done);
            channel.off('close', done);
            resolve();
          };
          channel.once('drain', done);
          channel.once('close', done); // the pending confirmations then reject with 'channel closed'
        });
      }
    }
    await Promise.all(confirmations);
  }
}
