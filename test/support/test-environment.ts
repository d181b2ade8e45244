import { randomBytes } from 'crypto';
import * as amqp from 'amqplib';
import { Client } from 'pg';
import { STAGE_NAMES } from '@newswire/contracts';
import { Topology } from '@newswire/messaging';

/**
 * The real RabbitMQ and Postgres a test run talks to: TEST_AMQP_URL / TEST_DATABASE_URL when
 * set (CI and this machine), otherwise containers started with testcontainers (where Docker
 * runs). Each run gets its own database and its own exchange/queue namespace, removed at the end.
 */
export interface TestEnvironment {
  amqpUrl: string;
  /** URL of the run's own database. */
  databaseUrl: string;
  namespace: string;
  topology: Topology;
  /** Retry back-off the services under test use (short, so retries finish within a test). */
  retryDelaysMs: number[];
  teardown(): Promise<void>;
}

export const TEST_RETRY_DELAYS_MS = [200, 500];

/** Whether this run starts its own RabbitMQ and Postgres containers (no TEST_* URLs given). */
export const USES_CONTAINERS = !process.env.TEST_AMQP_URL || !process.env.TEST_DATABASE_URL;
const CONTAINER_START_TIMEOUT_MS = 240_000;

/**
 * Budget for a hook that starts the environment and the four services: the services' own start
 * (migrations, model loading) on a busy machine, plus the containers' start when this run has them.
 * A broker container alone took 68 s to boot on the loaded two-core machine.
 */
export const PIPELINE_START_TIMEOUT_MS = 180_000 + (USES_CONTAINERS ? CONTAINER_START_TIMEOUT_MS : 0);

/** The official images unless POSTGRES_IMAGE / RABBITMQ_IMAGE name others (tools/docker/local-images.env). */
const POSTGRES_IMAGE = process.env.POSTGRES_IMAGE || 'postgres:16-alpine';
const RABBITMQ_IMAGE = process.env.RABBITMQ_IMAGE || 'rabbitmq:3.13-alpine';

async function startContainers(): Promise<{ amqpUrl: string; serverUrl: string; stop: () => Promise<void> }> {
  // The ports are published on loopback (below), so loopback is where they are reached. Left to
  // itself, testcontainers sees /.dockerenv on this machine, takes the bridge network's gateway for
  // the Docker host once the daemon has recorded one, and waits for ports that answer only on 127.0.0.1.
  process.env.TESTCONTAINERS_HOST_OVERRIDE ??= '127.0.0.1';
  // Loaded only here: without Docker the env-provided services are used instead.
  const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
  const { RabbitMQContainer } = await import('@testcontainers/rabbitmq');
  // testcontainers publishes on every host address; these containers are for this machine only.
  class LoopbackPostgres extends PostgreSqlContainer {
    override start() {
      bindToLoopback(this.hostConfig.PortBindings);
      return super.start();
    }
  }
  class LoopbackRabbitMQ extends RabbitMQContainer {
    override start() {
      bindToLoopback(this.hostConfig.PortBindings);
      return super.start();
    }
  }
  // The modules' limits (a 1 s health-check probe, a 30 s broker start) fail on a busy two-core
  // machine, where a `docker exec` alone can take longer than a second.
  const postgresReady = {
    test: ['CMD-SHELL', 'PGPASSWORD=test pg_isready --host localhost --username test --dbname test'] as ['CMD-SHELL', string],
    interval: 1000,
    timeout: 10_000,
    retries: 240,
  };
  const [postgres, rabbit] = await Promise.allSettled([
    new LoopbackPostgres(POSTGRES_IMAGE).withHealthCheck(postgresReady).withStartupTimeout(CONTAINER_START_TIMEOUT_MS).start(),
    new LoopbackRabbitMQ(RABBITMQ_IMAGE).withStartupTimeout(CONTAINER_START_TIMEOUT_MS).start(),
  ]);
  if (postgres.status === 'rejected' || rabbit.status === 'rejected') {
    // Remove whichever did start: with Ryuk disabled nothing else will.
    await Promise.all([postgres, rabbit].map((started) => (started.status === 'fulfilled' ? started.value.stop() : Promise.resolve())));
    throw postgres.status === 'rejected' ? postgres.reason : (rabbit as PromiseRejectedResult).reason;
  }
  return {
    amqpUrl: rabbit.value.getAmqpUrl(),
    serverUrl: postgres.value.getConnectionUri(),
    stop: async () => {
      await Promise.all([postgres.value.stop(), rabbit.value.stop()]);
    },
  };
}

function bindToLoopback(portBindings: Record<string, Array<{ HostIp?: string; HostPort?: string }>> | undefined): void {
  for (const bindings of Object.values(portBindings ?? {})) {
    for (const binding of bindings) binding.HostIp = '127.0.0.1';
  }
}

export interface TestEnvironmentOptions {
  /** Retry back-off of the services under test (default TEST_RETRY_DELAYS_MS); teardown deletes these retry queues. */
  retryDelaysMs?: number[];
}

export async function startTestEnvironment(options: TestEnvironmentOptions = {}): Promise<TestEnvironment> {
  const retryDelaysMs = options.retryDelaysMs ?? TEST_RETRY_DELAYS_MS;
  let amqpUrl = process.env.TEST_AMQP_URL;
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopContainers = async () => undefined as void;
  if (!amqpUrl || !serverUrl) {
    try {
      const containers = await startContainers();
      amqpUrl ??= containers.amqpUrl;
      serverUrl ??= containers.serverUrl;
      stopContainers = containers.stop;
    } catch (error) {
      throw new Error(`set TEST_AMQP_URL and TEST_DATABASE_URL, or run where Docker is available for testcontainers (${(error as Error).message})`, {
        cause: error,
      });
    }
  }
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const namespace = `test-${runId}`;
  const databaseName = `newswire_test_${runId}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${databaseName}"`);
  await admin.end();
  const databaseUrl = withDatabase(serverUrl, databaseName);
  const topology = new Topology(namespace);

  return {
    amqpUrl,
    databaseUrl,
    namespace,
    topology,
    retryDelaysMs,
    async teardown() {
      // Quorum queues left behind pile up across runs until the broker crawls: delete them all.
      await deleteTopology(amqpUrl!, topology, retryDelaysMs).catch(() => undefined);
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`).catch(() => undefined);
      await client.end();
      await stopContainers();
    },
  };
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function deleteTopology(amqpUrl: string, topology: Topology, retryDelaysMs: number[]): Promise<void> {
  const connection = await amqp.connect(amqpUrl);
  try {
    for (const stage of STAGE_NAMES) {
      const names = [topology.queue(stage), topology.deadLetterQueue(stage), ...retryDelaysMs.map((d) => topology.retryQueue(stage, d))];
      for (const name of names) {
        const channel = await connection.createChannel();
        await channel.deleteQueue(name).catch(() => undefined);
        await channel.close().catch(() => undefined);
      }
    }
    const channel = await connection.createChannel();
    await channel.deleteExchange(topology.exchange).catch(() => undefined);
    await channel.close().catch(() => undefined);
  } finally {
    await connection.close().catch(() => undefined);
  }
}
