import * as amqp from 'amqplib';
import { Client } from 'pg';
import { STAGE_NAMES, StageName, stageSchema } from '@newswire/contracts';
import { EnvReader } from '@newswire/config';
import { ATTEMPT_HEADER, Topology } from '@newswire/messaging';
import { CliIo, parseOptions, stringOption } from '../cli-io';
import { loadCliEnvironment } from '../cli-environment';

const USAGE = [
  'usage: newswire dlq list [--stage STAGE] [--all] [--json]',
  '       newswire dlq replay <stage:id>... | --all [--stage STAGE]',
].join('\n');

interface FailedRow {
  stage: StageName;
  id: string;
  message_id: string;
  queue: string;
  routing_key: string | null;
  reason: string;
  attempts: number;
  properties: Record<string, any>;
  content: Buffer;
  failed_at: Date;
  replayed_at: Date | null;
}

/**
 * `newswire dlq`: the operator's view of dead letters. Each stage keeps its dead letters in its
 * own `failed_messages` table; `list` shows them with their reasons, `replay` sends a message
 * back to its stage's queue (attempts reset) once the cause is fixed, and marks it replayed.
 */
export async function runDlqCommand(argv: string[], io: CliIo): Promise<number> {
  const [action, ...rest] = argv;
  const { positional, options } = parseOptions(rest, ['all', 'json']);
  const stageFilter = stringOption(options, 'stage');
  if (stageFilter && !STAGE_NAMES.includes(stageFilter as StageName)) {
    io.stderr.write(`unknown stage "${stageFilter}"; one of ${STAGE_NAMES.join(', ')}\n`);
    return 2;
  }
  const stages = stageFilter ? [stageFilter as StageName] : STAGE_NAMES;
  const read = new EnvReader();
  const databaseUrl = read.url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/newswire', ['postgres', 'postgresql']);
  read.assertValid();
  const db = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5000 });
  await db.connect().catch((error: Error) => {
    throw new Error(`cannot reach PostgreSQL: ${error.message}`);
  });
  try {
    if (action === 'list') return await list(db, stages, Boolean(options.all), Boolean(options.json), io);
    if (action === 'replay' && (positional.length > 0 || options.all)) return await replay(db, stages, positional, Boolean(options.all), io);
    io.stderr.write(`${USAGE}\n`);
    return 2;
  } finally {
    await db.end();
  }
}

async function load(db: Client, stages: StageName[], includeReplayed: boolean): Promise<FailedRow[]> {
  const rows: FailedRow[] = [];
  for (const stage of stages) {
    const schema = stageSchema(stage);
    const exists = await db.query(`SELECT to_regclass($1) AS t`, [`"${schema}".failed_messages`]);
    if (!exists.rows[0].t) continue; // that stage never ran against this database
    const result = await db.query(
      `SELECT * FROM "${schema}".failed_messages ${includeReplayed ? '' : 'WHERE replayed_at IS NULL'} ORDER BY id`,
    );
    rows.push(...result.rows.map((row) => ({ ...row, id: String(row.id), stage })));
  }
  return rows;
}

async function list(db: Client, stages: StageName[], includeReplayed: boolean, json: boolean, io: CliIo): Promise<number> {
  const rows = await load(db, stages, includeReplayed);
  if (json) {
    for (const row of rows) {
      io.stdout.write(`${JSON.stringify({
        id: `${row.stage}:${row.id}`, messageId: row.message_id, queue: row.queue, reason: row.reason, attempts: row.attempts,
        failedAt: row.failed_at, replayedAt: row.replayed_at, content: row.content.toString('utf8').slice(0, 2000),
      })}\n`);
    }
    return 0;
  }
  if (rows.length === 0) {
    io.stdout.write('no dead letters\n');
    return 0;
  }
  for (const row of rows) {
    const preview = row.content.toString('utf8').replace(/\s+/g, ' ').slice(0, 60);
    io.stdout.write(
      `${`${row.stage}:${row.id}`.padEnd(20)} ${row.failed_at.toISOString()}  ${row.reason.slice(0, 100)}\n` +
        `${''.padEnd(20)} message ${row.message_id} from ${row.queue}${row.replayed_at ? ` (replayed ${row.replayed_at.toISOString()})` : ''}: ${preview}\n`,
    );
  }
  io.stdout.write(`${rows.length} dead letter(s)\n`);
  return 0;
}

async function replay(db: Client, stages: StageName[], ids: string[], all: boolean, io: CliIo): Promise<number> {
  const pending = await load(db, stages, false);
  const wanted = all ? pending : pending.filter((row) => ids.includes(`${row.stage}:${row.id}`));
  const unknown = all ? [] : ids.filter((id) => !wanted.some((row) => `${row.stage}:${row.id}` === id));
  for (const id of unknown) io.stderr.write(`no pending dead letter ${id} (ids look like ingest:12)\n`);
  if (wanted.length === 0) return unknown.length > 0 ? 1 : 0;

  const env = loadCliEnvironment();
  const topology = new Topology(env.namespace);
  const connection = await amqp.connect(env.amqpUrl, { noDelay: true });
  try {
    const channel = await connection.createConfirmChannel();
    for (const row of wanted) {
      const { headers = {}, ...properties } = row.properties ?? {};
      const cleanHeaders = Object.fromEntries(
        Object.entries(headers as Record<string, unknown>).filter(([name]) => name !== ATTEMPT_HEADER && !name.startsWith('x-failure') && name !== 'x-failed-at'),
      );
      channel.sendToQueue(topology.queue(row.stage), row.content, {
        ...properties,
        messageId: properties.messageId ?? row.message_id,
        persistent: true,
        headers: { ...cleanHeaders, 'x-replayed-from': `${row.stage}:${row.id}` },
      });
    }
    await channel.waitForConfirms();
  } finally {
    await connection.close().catch(() => undefined);
  }
  for (const stage of new Set(wanted.map((row) => row.stage))) {
    const stageIds = wanted.filter((row) => row.stage === stage).map((row) => row.id);
    await db.query(`UPDATE "${stageSchema(stage)}".failed_messages SET replayed_at = now() WHERE id = ANY($1::bigint[])`, [stageIds]);
  }
  io.stdout.write(`replayed ${wanted.length} message(s)\n`);
  return unknown.length > 0 ? 1 : 0;
}
