import type { DataSource } from 'typeorm';
import { AmqpStageTransport } from '@newswire/messaging';
import { DatabasePoolUse, StageMetrics } from '@newswire/metrics';

/** pg's Pool, as TypeORM's Postgres driver holds it. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

/** Points the scrape-time gauges at the running stage: its queues on the broker, its outbox, dead letters and pool. */
export function observeStage(metrics: StageMetrics, dataSource: DataSource, transport: AmqpStageTransport): void {
  metrics.observe({
    queues: () => transport.sampleQueues(),
    outboxBacklog: () => transport.outboxBacklog(),
    pendingDeadLetters: () => transport.pendingDeadLetters(),
    databasePool: () => poolUse(dataSource),
  });
}

function poolUse(dataSource: DataSource): DatabasePoolUse | null {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!dataSource.isInitialized || !pool) return null;
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max };
}
