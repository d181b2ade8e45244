import type { ConfirmChannel, Message } from 'amqplib';
import { EventTypes, nameBasedUuid } from '@newswire/contracts';
import { encodeSubmissionBody, eventBodyContentType, Topology } from '@newswire/messaging';
import { CliFailure } from '../cli-io';

/**
 * Publishes submissions the safe way (README, "Submitting over AMQP"): persistent, `mandatory`
 * (an unroutable message comes back instead of vanishing), a message id derived from the article
 * (a resend is recognised by ingest's inbox), and publisher confirms, with at most `window`
 * unconfirmed messages in flight.
 */
export class ConfirmedSubmitter {
  private readonly returned = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  /** Why the channel is gone, once it is: nothing more can be sent. */
  private lost: Error | null = null;

  constructor(
    private readonly channel: ConfirmChannel,
    private readonly topology: Topology,
    private readonly window: number,
  ) {
    channel.on('return', (message: Message) => {
      if (typeof message.properties.messageId === 'string') this.returned.add(message.properties.messageId);
    });
    channel.on('error', (error: Error) => (this.lost ??= error));
    channel.on('close', () => (this.lost ??= new Error('the channel closed')));
  }

  /** Resolves once there is room in the window; `settled` is called with null (confirmed) or the reason it was not. */
  async submit(articleId: string, payload: object, settled: (failure: string | null) => void): Promise<void> {
    while (this.inFlight.size >= this.window) await Promise.race(this.inFlight);
    if (this.lost) {
      throw new CliFailure(
        `lost the connection to RabbitMQ: ${this.lost.message}`,
        'run the same command again with --state FILE (what was confirmed is skipped; the rest is sent again)',
      );
    }
    const messageId = nameBasedUuid('submission', articleId);
    const confirmation = new Promise<void>((resolve) => {
      const settle = (failure: string | null) => {
        settled(failure);
        resolve();
      };
      try {
        this.publish(messageId, payload, settle);
      } catch (error) {
        settle(`not sent: ${(error as Error).message}`);
      }
    });
    this.inFlight.add(confirmation);
    void confirmation.then(() => this.inFlight.delete(confirmation)); // never rejects
  }

  private publish(messageId: string, payload: object, settle: (failure: string | null) => void): void {
    // The content travels after the JSON as raw UTF-8: ingest neither unescapes nor decodes a page.
    const body = encodeSubmissionBody(payload as Record<string, unknown>);
    this.channel.publish(
      this.topology.exchange,
      EventTypes.ArticleSubmitted,
      body,
      {
        messageId,
        contentType: eventBodyContentType(body),
        type: EventTypes.ArticleSubmitted,
        persistent: true,
        mandatory: true,
        timestamp: Math.floor(Date.now() / 1000),
      },
      (error: unknown) => {
        // A return always arrives before the confirm of the same message.
        if (this.returned.delete(messageId)) settle('the broker routed it to no queue: run `newswire status` to check the ingest queue exists');
        else if (error) settle('not confirmed (nacked, or the connection dropped): run the same command again with --state FILE to resend it');
        else settle(null);
      },
    );
  }

  /** Waits for every outstanding confirm. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}
