import { execFile } from 'child_process';
import { readdirSync } from 'fs';
import { promisify } from 'util';

const run = promisify(execFile);

/** Restarts this machine's RabbitMQ node (the app inside the Erlang VM; quorum queues are on disk). */
export async function restartRabbitMq(): Promise<void> {
  await run('rabbitmqctl', ['-q', 'stop_app'], { timeout: 60000 });
  await run('rabbitmqctl', ['-q', 'start_app'], { timeout: 120000 });
  await run('rabbitmqctl', ['-q', 'await_startup', '--timeout', '120'], { timeout: 130000 });
}

/** Makes sure RabbitMQ runs (used in afterAll, whatever state a failed step left it in). */
export async function ensureRabbitMqRunning(): Promise<void> {
  const ping = () => run('rabbitmq-diagnostics', ['-q', 'ping'], { timeout: 30000 }).then(() => true, () => false);
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
  const ready = () => run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432'], { timeout: 10000 }).then(() => true, () => false);
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
