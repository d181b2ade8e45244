import { execFile } from 'child_process';
import { readdirSync } from 'fs';
import { promisify } from 'util';

const run = promisify(execFile);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Restarts this machine's RabbitMQ. `app` (default): `rabbitmqctl stop_app && start_app` — every
 * connection dropped, every queue stopped and recovered from disk, in about 2.5 s. `node`:
 * the whole Erlang VM (`rabbitmqctl stop`, then `rabbitmq-server -detached`), slower (10-60 s).
 */
export async function restartRabbitMq(mode: 'app' | 'node' = 'app'): Promise<void> {
  if (mode === 'app') {
    await run('rabbitmqctl', ['-q', 'stop_app'], { timeout: 60000 });
    await run('rabbitmqctl', ['-q', 'start_app'], { timeout: 120000 });
    await run('rabbitmqctl', ['-q', 'await_startup', '--timeout', '120'], { timeout: 130000 });
    return;
  }
  await run('rabbitmqctl', ['-q', 'stop'], { timeout: 60000 });
  await run('rabbitmq-server', ['-detached'], { timeout: 30000 });
  // The node registers with epmd a moment after -detached returns: await_startup fails until then.
  for (const deadline = Date.now() + 180000; ; await sleep(1000)) {
    const up = await run('rabbitmqctl', ['-q', 'await_startup', '--timeout', '60'], { timeout: 70000 }).then(
      () => true,
      () => false,
    );
    if (up) return;
    if (Date.now() > deadline) throw new Error('RabbitMQ did not come back within 180 s');
  }
}

/** Makes sure RabbitMQ runs (used in afterAll, whatever state a failed step left it in). */
export async function ensureRabbitMqRunning(): Promise<void> {
  const ping = () =>
    run('rabbitmq-diagnostics', ['-q', 'ping'], { timeout: 30000 }).then(
      () => true,
      () => false,
    );
  if (await ping()) return;
  await run('rabbitmqctl', ['-q', 'start_app'], { timeout: 120000 }).catch(() => undefined);
  if (await ping()) return;
  await run('rabbitmq-server', ['-detached'], { timeout: 30000 }).catch(() => undefined);
  await run('rabbitmqctl', ['-q', 'await_startup', '--timeout', '120'], { timeout: 130000 }).catch(() => undefined);
}

function postgresVersion(): string {
  return readdirSync('/etc/postgresql')[0];
}

export async function restartPostgres(): Promise<void> {
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', 'restart'], { timeout: 120000 });
}

export async function ensurePostgresRunning(): Promise<void> {
  const ready = () =>
    run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432'], { timeout: 10000 }).then(
      () => true,
      () => false,
    );
  if (await ready()) return;
  await run('pg_ctlcluster', ['--skip-systemctl-redirect', postgresVersion(), 'main', 'start'], { timeout: 120000 }).catch(() => undefined);
}

/** `rabbitmqctl list_queues` for the run's namespace: name → [messages, unacknowledged]. */
export async function listQueues(namespace: string): Promise<Map<string, { messages: number; unacked: number }>> {
  const { stdout } = await run('rabbitmqctl', ['-q', 'list_queues', '--no-table-headers', 'name', 'messages', 'messages_unacknowledged'], { timeout: 60000 });
  const queues = new Map<string, { messages: number; unacked: number }>();
  for (const line of stdout.split('\n')) {
    const [name, messages, unacked] = line.trim().split(/\s+/);
    if (name?.startsWith(`${namespace}.`)) queues.set(name, { messages: Number(messages), unacked: Number(unacked) });
  }
  return queues;
}
