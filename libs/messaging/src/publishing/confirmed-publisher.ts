import { randomUUID } from 'crypto';
import type { ConfirmChannel, ConsumeMessage, Options } from 'amqplib';
import { startPublishSpan } from '@newswire/tracing';
import { AmqpConnection } from '../connection/amqp-connection';

export interface OutgoingMessage {
  exchange: string;
  routingKey: string;
  body: Buffer;
  /** Set `mandatory` for messages that must reach a queue: an unroutable one then fails the publish. */
  options: Options.Publish;
}

export class UnroutableMessageError extends Error {
  constructor(routingKey: string, exchange: string) {
    super(`no queue is bound for "${routingKey}" on exchange "${exchange || '(default)'}": the message was returned`);
    this.name = 'UnroutableMessageError';
  }
}

const PUBLISH_ID_HEADER = 'x-publish-id';

/**
 * Publishes with publisher confirms. A batch is written in one go and awaited once, so many
 * messages share one confirm round trip; the promise resolves only when the broker has taken
 * responsibility for every message, and rejects if any was nacked, the channel closed, or a
 * mandatory message was returned as unroutable (the broker sends the return before the
 * confirm, so it is known by the time the confirms arrive). A confirm alone would report an
 * unroutable message as delivered, and it would be lost if a stage queue went missing.
 */
export class ConfirmedPublisher {
  private readonly returned = new Set<string>();
  private readonly watched = new WeakSet<ConfirmChannel>();

  constructor(private readonly connection: AmqpConnection) {}

  async publishAll(messages: OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const channel = await this.connection.confirmChannel();
    this.watchReturns(channel);
    const confirmations: Promise<void>[] = [];
    const mandatory: Array<{ id: string; message: OutgoingMessage }> = [];
    for (const message of messages) {
      let options: Options.Publish = { persistent: true, ...message.options };
      if (options.mandatory) {
        const id = randomUUID();
        options = { ...options, headers: { ...options.headers, [PUBLISH_ID_HEADER]: id } };
        mandatory.push({ id, message });
      }
      const traced = startPublishSpan(message.routingKey, options.headers);
      if (traced.headers !== options.headers) options = { ...options, headers: traced.headers };
      let writable = true;
      confirmations.push(
        traced.settle(
          new Promise<void>((resolve, reject) => {
            try {
              writable = channel.publish(message.exchange, message.routingKey, message.body, options, (error) =>
                error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(),
              );
            } catch (error) {
              reject(error);
            }
          }),
        ),
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
    const confirmed = await Promise.all(confirmations).then(
      () => ({ ok: true as const }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    // An unroutable message is the more useful error, whether or not a confirm also failed.
    const unroutable = mandatory.filter(({ id }) => this.returned.has(id));
    for (const { id } of mandatory) this.returned.delete(id);
    if (unroutable.length > 0) throw new UnroutableMessageError(unroutable[0].message.routingKey, unroutable[0].message.exchange);
    if (!confirmed.ok) throw confirmed.error;
  }

  private watchReturns(channel: ConfirmChannel): void {
    if (this.watched.has(channel)) return;
    this.watched.add(channel);
    channel.on('return', (message: ConsumeMessage) => {
      const id = message.properties.headers?.[PUBLISH_ID_HEADER];
      if (typeof id === 'string') this.returned.add(id);
    });
  }
}
