import type { QueueSample, StageQueue } from '@newswire/metrics';
import { AmqpConnection } from '../connection/amqp-connection';

/** Depth and consumer count of each queue, from a passive declare (checkQueue) on a short-lived channel. */
export async function sampleQueues(connection: AmqpConnection, queues: StageQueue[]): Promise<QueueSample[]> {
  const channel = await connection.createChannel();
  channel.on('error', () => undefined); // a missing queue closes the channel; the checkQueue call rejects with the reason
  try {
    const samples: QueueSample[] = [];
    for (const queue of queues) {
      const reply = await channel.checkQueue(queue.name);
      samples.push({ ...queue, messages: reply.messageCount, consumers: reply.consumerCount });
    }
    return samples;
  } finally {
    await channel.close().catch(() => undefined);
  }
}
