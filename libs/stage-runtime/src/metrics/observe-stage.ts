import type { DataSource } from 'typeorm';
import { StageName, stageSchema } from '@newswire/contracts';
import { AmqpStageTransport, FailedMessageStore, OutboxStore } from '@newswire/messaging';
import { DatabasePoolUse, StageMetrics } from '@newswire/metrics';

/** pg's Pool, as TypeORM's Postgres driver holds it. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

/** Points the scrape-time gauges at the running stage: its queues on the broker, its outbox, dead letters and pool. */
export function observeStage(metrics: StageMetrics, stage: StageName, dataSource: DataSource, transport: AmqpStageTransport): void {
  const outbox = new OutboxStore(dataSource, stageSchema(stage));
  const deadLetters = new FailedMessageStore(dataSource, stageSchema(stage));
  metrics.observe({
    queues: () => transport.sampleQueues(),
    outboxBacklog: () => outbox.count(),
    pendingDeadLetters: () => deadLetters.countPending(),
    databasePool: () => poolUse(dataSource),
  });
}

function poolUse(dataSource: DataSource): DatabasePoolUse | null {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!dataSource.isInitialized || !pool) return null;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max };
}
