import * as amqp from 'amqplib';
import { DataSource } from 'typeorm';
import { STAGE_NAMES, StageName, stageSchema } from '@newswire/contracts';
import { EnvReader, readDatabaseUrl } from '@newswire/config';
import { ATTEMPT_HEADER, FailedMessageStore, StoredFailedMessage, Topology } from '@newswire/messaging';
import { CliIo, parseOptions, stringOption } from '../cli-io';
import { loadCliEnvironment } from '../cli-environment';

const USAGE = ['usage: newswire dlq list [--stage STAGE] [--all] [--json]', '       newswire dlq replay <stage:id>... | --all [--stage STAGE]'].join('\n');

/** A dead letter with the stage whose table holds it; its CLI id is `<stage>:<id>`. */
interface DeadLetter extends StoredFailedMessage {
  stage: StageName;
}

const cliId = (letter: DeadLetter) => `${letter.stage}:${letter.id}`;

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
  const databaseUrl = readDatabaseUrl(read);
  read.assertValid();
  const db = new DataSource({ type: 'postgres', url: databaseUrl, extra: { max: 1, connectionTimeoutMillis: 5000 } });
  await db.initialize().catch((error: Error) => {
    throw new Error(`cannot reach PostgreSQL: ${error.message}`);
  });
  const stores = stages.map((stage) => ({ stage, store: new FailedMessageStore(db, stageSchema(stage)) }));
  try {
    if (action === 'list') return await list(stores, Boolean(options.all), Boolean(options.json), io);
    if (action === 'replay' && (positional.length > 0 || options.all)) return await replay(stores, positional, Boolean(options.all), io);
    io.stderr.write(`${USAGE}\n`);
    return 2;
  } finally {
    await db.destroy();
  }
}

type StageStore = { stage: StageName; store: FailedMessageStore };

async function load(stores: StageStore[], includeReplayed: boolean): Promise<DeadLetter[]> {
  const letters: DeadLetter[] = [];
  for (const { stage, store } of stores) {
    if (!(await store.exists())) continue; // that stage never ran against this database
    letters.push(...(await store.list({ includeReplayed })).map((letter) => ({ ...letter, stage })));
  }
  return letters;
}

async function list(stores: StageStore[], includeReplayed: boolean, json: boolean, io: CliIo): Promise<number> {
  const rows = await load(stores, includeReplayed);
  if (json) {
    for (const row of rows) {
      io.stdout.write(
        `${JSON.stringify({
          id: cliId(row),
          messageId: row.messageId,
          queue: row.queue,
          reason: row.reason,
          attempts: row.attempts,
          failedAt: row.failedAt,
          replayedAt: row.replayedAt,
          content: row.content.toString('utf8').slice(0, 2000),
        })}\n`,
      );
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
      `${cliId(row).padEnd(20)} ${row.failedAt.toISOString()}  ${row.reason.slice(0, 100)}\n` +
        `${''.padEnd(20)} message ${row.messageId} from ${row.queue}${row.replayedAt ? ` (replayed ${row.replayedAt.toISOString()})` : ''}: ${preview}\n`,
    );
  }
  io.stdout.write(`${rows.length} dead letter(s)\n`);
  return 0;
}

async function replay(stores: StageStore[], ids: string[], all: boolean, io: CliIo): Promise<number> {
  const pending = await load(stores, false);
  const wanted = all ? pending : pending.filter((row) => ids.includes(cliId(row)));
  const unknown = all ? [] : ids.filter((id) => !wanted.some((row) => cliId(row) === id));
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
        Object.entries(headers as Record<string, unknown>).filter(
          ([name]) => name !== ATTEMPT_HEADER && !name.startsWith('x-failure') && name !== 'x-failed-at',
        ),
      );
      channel.sendToQueue(topology.queue(row.stage), row.content, {
        ...properties,
        messageId: typeof properties.messageId === 'string' ? properties.messageId : row.messageId,
        persistent: true,
        headers: { ...cleanHeaders, 'x-replayed-from': cliId(row) },
      });
    }
    await channel.waitForConfirms();
  } finally {
    await connection.close().catch(() => undefined);
  }
  for (const { stage, store } of stores) {
    const stageIds = wanted.filter((row) => row.stage === stage).map((row) => row.id);
    if (stageIds.length > 0) await store.markReplayed(stageIds);
  }
  io.stdout.write(`replayed ${wanted.length} message(s)\n`);
  return unknown.length > 0 ? 1 : 0;
}
