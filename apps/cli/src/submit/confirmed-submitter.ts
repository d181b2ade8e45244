import type { ConfirmChannel, Message } from 'amqplib';
import { EventTypes, nameBasedUuid } from '@newswire/contracts';
import { Topology } from '@newswire/messaging';

/**
 * Publishes submissions the safe way (README, "Submitting over AMQP"): persistent, `mandatory`
 * (an unroutable message comes back instead of vanishing), a message id derived from the article
 * (a resend is recognised by ingest's inbox), and publisher confirms, with at most `window`
 * unconfirmed messages in flight.
 */
export class ConfirmedSubmitter {
  private readonly returned = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly channel: ConfirmChannel,
    private readonly topology: Topology,
    private readonly window: number,
  ) {
    channel.on('return', (message: Message) => {
      if (typeof message.properties.messageId === 'string') this.returned.add(message.properties.messageId);
    });
  }

  /** Resolves once there is room in the window; `settled` is called with null (confirmed) or the reason it was not. */
  async submit(articleId: string, payload: object, settled: (failure: string | null) => void): Promise<void> {
    while (this.inFlight.size >= this.window) await Promise.race(this.inFlight);
    const messageId = nameBasedUuid('submission', articleId);
    const confirmation = new Promise<void>((resolve) => {
      this.channel.publish(
        this.topology.exchange,
        EventTypes.ArticleSubmitted,
        Buffer.from(JSON.stringify(payload)),
        {
          messageId,
          contentType: 'application/json',
          type: EventTypes.ArticleSubmitted,
          persistent: true,
          mandatory: true,
          timestamp: Math.floor(Date.now() / 1000),
        },
        (error: unknown) => {
          // A return always arrives before the confirm of the same message.
          if (this.returned.delete(messageId)) settled('the broker routed it to no queue: run `newswire status` to check the ingest queue exists');
          else if (error) settled('the broker refused it (nack); run again to resend, it is resumable');
          else settled(null);
          resolve();
        },
      );
    });
    this.inFlight.add(confirmation);
    void confirmation.then(() => this.inFlight.delete(confirmation)); // never rejects
  }

  /** Waits for every outstanding confirm. */
  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}
