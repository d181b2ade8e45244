import { AmqpConnection } from '@newswire/messaging';
import { TestEnvironment } from './test-environment';

/** A connection to the test broker on which the test namespace's topology is declared (again after each reconnect). */
export async function connectWithTopology(env: TestEnvironment, name: string): Promise<AmqpConnection> {
  const connection = new AmqpConnection(env.amqpUrl, name);
  await connection.connect(5000);
  await connection.onConnected(async (c) => {
    const channel = await c.createChannel();
    await env.topology.declare(channel);
    await channel.close();
  });
  return connection;
}
