import { execFile } from 'child_process';
import { randomBytes } from 'crypto';
import * as path from 'path';
import { promisify } from 'util';
import * as amqp from 'amqplib';
import { STAGE_NAMES } from '@newswire/contracts';
import { Pipeline } from './support/stage-processes';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../dist/apps/cli/main.js');
const hasRabbitmqctl = () =>
  run('rabbitmqctl', ['-q', 'list_users']).then(
    () => true,
    () => false,
  );

describe('least-privileged RabbitMQ users: a stage reads only its own queue', () => {
  let env: TestEnvironment;
  const prefix = `nwtest-${randomBytes(3).toString('hex')}`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  let available = false;

  beforeAll(async () => {
    env = await startTestEnvironment();
    available = await hasRabbitmqctl();
    if (!available) return; // a containerised broker: provisioning runs inside its container
    const passwords = Object.fromEntries(STAGE_NAMES.map((s) => [`${s.replace('-', '_').toUpperCase()}_AMQP_PASSWORD`, password]));
    await run(process.execPath, [CLI, 'provision-broker-users', '--prefix', prefix], {
      env: { ...process.env, ...passwords, NEWSWIRE_NAMESPACE: env.namespace, AMQP_URL: env.amqpUrl },
    });
  }, 180000); // nine rabbitmqctl calls, each starting an Erlang VM: over a minute on the shared machine (load 15-20 on 2 cores)

  afterAll(async () => {
    if (available) for (const stage of STAGE_NAMES) await run('rabbitmqctl', ['-q', 'delete_user', `${prefix}-${stage}`]).catch(() => undefined);
    await env?.teardown();
  });

  const urlAs = (stage: string) => {
    const url = new URL(env.amqpUrl);
    url.username = `${prefix}-${stage}`;
    url.password = password;
    return url.toString();
  };

  it('runs a stage under its own user and refuses it the other stages’ queues', async () => {
    if (!available) {
      console.warn('rabbitmqctl is not on this machine; the permission check ran nowhere');
      return;
    }
    const pipeline = new Pipeline(env);
    try {
      await pipeline.add('parse', { AMQP_URL: urlAs('parse') }); // declares the topology and consumes
    } finally {
      await pipeline.stopAll();
    }
    const connection = await amqp.connect(urlAs('parse'));
    try {
      const own = await connection.createChannel();
      await own.checkQueue(env.topology.queue('parse'));
      await own.close();
      const other = await connection.createChannel();
      other.on('error', () => undefined);
      await expect(other.consume(env.topology.queue('ingest'), () => undefined)).rejects.toThrow(/ACCESS_REFUSED/);
      const deadLetters = await connection.createChannel();
      deadLetters.on('error', () => undefined);
      await expect(deadLetters.get(env.topology.deadLetterQueue('publish'))).rejects.toThrow(/ACCESS_REFUSED/);
    } finally {
      await connection.close().catch(() => undefined);
    }
  }, 90000);
});
