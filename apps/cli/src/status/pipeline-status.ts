import type { ChannelModel } from 'amqplib';
import type { DataSource } from 'typeorm';
import { STAGE_NAMES, StageName, stageSchema } from '@newswire/contracts';
import { Topology } from '@newswire/messaging';

export interface QueueState {
  messages: number;
  consumers: number;
}

export interface StageStatus {
  stage: StageName;
  /** Null when the queue does not exist (the topology was never declared). */
  queue: QueueState | null;
  deadLetterQueue: QueueState | null;
  /** Messages this stage has processed, as its inbox records them (kept INBOX_RETENTION_DAYS). Null when the stage never ran against this database. */
  processed: number | null;
  processedLastMinute: number | null;
  /** Messages the stage gave up on (its failed_messages), and those of them not replayed yet. */
  failed: number | null;
  deadLettersPending: number | null;
}

export interface PipelineStatus {
  at: string;
  stages: StageStatus[];
  /** The oldest ingested article that is not published and that no stage dead-lettered. */
  oldestUnpublished: { articleId: string; receivedAt: string; ageSeconds: number } | null;
}

/**
 * Reads the pipeline's state from the broker (queue depths and consumers) and from the stage
 * schemas. This is an operator tool: unlike the services, which each read only their own schema,
 * it reads every stage's inbox and failed_messages, and joins ingest's raw articles with
 * publish's documents for the oldest article still on its way.
 */
export async function readPipelineStatus(connection: ChannelModel, db: DataSource, topology: Topology): Promise<PipelineStatus> {
  const stages: StageStatus[] = [];
  for (const stage of STAGE_NAMES) {
    stages.push({
      stage,
      queue: await checkQueue(connection, topology.queue(stage)),
      deadLetterQueue: await checkQueue(connection, topology.deadLetterQueue(stage)),
      ...(await stageCounts(db, stageSchema(stage))),
    });
  }
  return { at: new Date().toISOString(), stages, oldestUnpublished: await oldestUnpublished(db) };
}

/** checkQueue closes its channel when the queue is missing, so each check gets its own. */
async function checkQueue(connection: ChannelModel, queue: string): Promise<QueueState | null> {
  const channel = await connection.createChannel();
  channel.on('error', () => undefined); // a missing queue is an answer here, not a failure
  try {
    const { messageCount, consumerCount } = await channel.checkQueue(queue);
    return { messages: messageCount, consumers: consumerCount };
  } catch {
    return null;
  } finally {
    await channel.close().catch(() => undefined);
  }
}

async function tableExists(db: DataSource, table: string): Promise<boolean> {
  const [row] = (await db.query('SELECT to_regclass($1) IS NOT NULL AS present', [table])) as Array<{ present: boolean }>;
  return row.present;
}

async function stageCounts(db: DataSource, schema: string): Promise<Pick<StageStatus, 'processed' | 'processedLastMinute' | 'failed' | 'deadLettersPending'>> {
  if (!(await tableExists(db, `"${schema}".inbox`))) return { processed: null, processedLastMinute: null, failed: null, deadLettersPending: null };
  const [inbox] = (await db.query(
    `SELECT count(*)::int AS processed, count(*) FILTER (WHERE processed_at > now() - interval '1 minute')::int AS last_minute FROM "${schema}".inbox`,
  )) as Array<{ processed: number; last_minute: number }>;
  const [failed] = (await db.query(
    `SELECT count(*)::int AS failed, count(*) FILTER (WHERE replayed_at IS NULL)::int AS pending FROM "${schema}".failed_messages`,
  )) as Array<{ failed: number; pending: number }>;
  return { processed: inbox.processed, processedLastMinute: inbox.last_minute, failed: failed.failed, deadLettersPending: failed.pending };
}

async function oldestUnpublished(db: DataSource): Promise<PipelineStatus['oldestUnpublished']> {
  if (!(await tableExists(db, 'ingest.raw_articles')) || !(await tableExists(db, 'publish.documents'))) return null;
  // A dead-lettered event carries its article id in its JSON body; those articles wait for an operator, not for the pipeline.
  const stagesWithEvents: StageName[] = [];
  for (const stage of STAGE_NAMES) {
    if (stage !== 'ingest' && (await tableExists(db, `"${stageSchema(stage)}".failed_messages`))) stagesWithEvents.push(stage);
  }
  const deadLettered = stagesWithEvents
    .map(
      (stage) =>
        `SELECT 1 FROM "${stageSchema(stage)}".failed_messages f WHERE f.replayed_at IS NULL AND position(r.id::text in encode(f.content, 'escape')) > 0`,
    )
    .join(' UNION ALL ');
  const rows = (await db.query(
    `SELECT r.id::text AS article_id, r.received_at, extract(epoch FROM now() - r.received_at)::float AS age
       FROM ingest.raw_articles r
      WHERE NOT EXISTS (SELECT 1 FROM publish.documents d WHERE d.article_id = r.id)
        ${deadLettered ? `AND NOT EXISTS (${deadLettered})` : ''}
      ORDER BY r.received_at LIMIT 1`,
  )) as Array<{ article_id: string; received_at: Date; age: number }>;
  if (rows.length === 0) return null;
  return { articleId: rows[0].article_id, receivedAt: rows[0].received_at.toISOString(), ageSeconds: Math.round(rows[0].age) };
}
