import { Client } from 'pg';
import { AmqpTestClient, PublishedWatcher } from './amqp-test-client';
import { Pipeline } from './stage-processes';
import { PIPELINE_START_TIMEOUT_MS, startTestEnvironment, TestEnvironment } from './test-environment';

/** An isolated environment with the four services running, a client, a published-event watcher and a database connection. */
export interface RunningPipeline {
  env: TestEnvironment;
  pipeline: Pipeline;
  client: AmqpTestClient;
  published: PublishedWatcher;
  db: Client;
  /** A single number from a `SELECT … AS n` query. */
  count(sql: string, params?: unknown[]): Promise<number>;
  stop(): Promise<void>;
}

export async function startRunningPipeline(stageEnv: Record<string, string> = {}): Promise<RunningPipeline> {
  const env = await startTestEnvironment();
  const pipeline = new Pipeline(env);
  await pipeline.startAll(stageEnv);
  const client = await AmqpTestClient.connect(env);
  const published = await client.watchPublished();
  const db = new Client({ connectionString: env.databaseUrl });
  await db.connect();
  return {
    env,
    pipeline,
    client,
    published,
    db,
    count: async (sql, params = []) => Number((await db.query(sql, params)).rows[0].n),
    async stop() {
      await client.close();
      await db.end();
      await pipeline.stopAll();
      await env.teardown();
    },
  };
}

/**
 * Starts the pipeline before a suite's tests and stops it after them. The returned object is
 * filled in by the suite's first beforeAll, so tests read it (running.client, running.db, …) only once they run.
 */
export function runPipelineForSuite(stageEnv: Record<string, string> = {}): RunningPipeline {
  const running = {} as RunningPipeline;
  beforeAll(async () => {
    Object.assign(running, await startRunningPipeline(stageEnv));
  }, PIPELINE_START_TIMEOUT_MS);
  afterAll(async () => {
    if (running.stop) await running.stop();
  }, 60000);
  return running;
}
