/** Bytes the broker sent to each container (its deliveries and confirms), per connection. */
import { projectContainersAsync } from './compose-project';
import { runAsync, sleep } from './shell';

export class BrokerTrafficSampler {
  /** Largest send_oct seen per connection name, and the container it belonged to. */
  readonly connections = new Map<string, { container: string; sent: number }>();
  private running = true;
  private loop: Promise<void> = Promise.resolve();

  async sample(): Promise<void> {
    const containers = await projectContainersAsync();
    const rabbit = containers.find((c) => c.service === 'rabbitmq' && c.state === 'running');
    if (!rabbit) return;
    const result = await runAsync('docker', [
      'exec',
      rabbit.id,
      'rabbitmqctl',
      '-q',
      'list_connections',
      'name',
      'send_oct',
      '--formatter',
      'json',
      '--timeout',
      '30',
    ]);
    if (result.status !== 0) return; // the broker is restarting
    // A connection's name is "<peer ip>:<port> -> <broker ip>:5672" (peer_host is a tuple in JSON).
    let rows: Array<{ name: string; send_oct: number }>;
    try {
      rows = JSON.parse(result.stdout);
    } catch {
      return;
    }
    const byIp = new Map(containers.filter((c) => c.ip).map((c) => [c.ip, c.name]));
    for (const row of rows) {
      const peer = row.name.split(' -> ')[0];
      const container = byIp.get(peer.slice(0, peer.lastIndexOf(':')));
      if (!container) continue; // the host's own test connections
      const seen = this.connections.get(row.name);
      if (!seen || row.send_oct > seen.sent) this.connections.set(row.name, { container, sent: row.send_oct });
    }
  }

  start(): void {
    this.loop = (async () => {
      while (this.running) {
        try {
          await this.sample();
        } catch {
          /* docker busy or the broker restarting: the next sample counts */
        }
        await sleep(1000);
      }
    })();
  }

  async stop(): Promise<void> {
    if (!this.running) return; // stopped already: its last sample is taken
    this.running = false;
    await this.loop;
    try {
      await this.sample();
    } catch {
      /* keep what was sampled */
    }
  }

  sentTo(container: string): number {
    let total = 0;
    for (const c of this.connections.values()) if (c.container === container) total += c.sent;
    return total;
  }
}
