import { Command } from 'commander';
import { STAGE_NAMES, StageName, stageSchema } from '@newswire/contracts';
import { ATTEMPT_HEADER, FailedMessageStore, StoredFailedMessage, Topology } from '@newswire/messaging';
import { CliIo } from '../cli-io';
import { connectToBroker, connectToDatabase, loadCliEnvironment } from '../cli-environment';
import { stageName } from '../cli-options';
import { runs, withExamples } from '../cli-program';

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
export function registerDlqCommand(program: Command, io: CliIo): void {
  const dlq = program
    .command('dlq')
    .summary('inspect and re-drive dead letters')
    .description("Lists the stages' dead letters with their reasons and replays them.");
  withExamples(dlq, 'newswire dlq list --stage parse', 'newswire dlq replay parse:12 parse:13', 'newswire dlq replay --all --stage ingest');
  const list = dlq
    .command('list')
    .description('list dead letters with their reasons')
    .option('--stage <stage>', 'only this stage', stageName)
    .option('--all', 'include replayed ones')
    .option('--json', 'one JSON object per line');
  withExamples(list, 'newswire dlq list --json');
  runs(list, (options: { stage?: StageName; all?: boolean; json?: boolean }) =>
    withStores(options.stage, (stores) => listLetters(stores, Boolean(options.all), Boolean(options.json), io)),
  );
  const replay: Command = dlq
    .command('replay')
    .description('send dead letters back to their queue (attempts reset) once the cause is fixed')
    .argument('[ids...]', 'dead letter ids as listed, e.g. ingest:12')
    .option('--all', 'every pending dead letter')
    .option('--stage <stage>', 'only this stage', stageName);
  withExamples(replay, 'newswire dlq replay ingest:12', 'newswire dlq replay --all --stage parse');
  runs(replay, (ids: string[], options: { stage?: StageName; all?: boolean }) => {
    if (ids.length === 0 && !options.all) replay.error('newswire dlq replay: name the ids to replay, or --all', { exitCode: 2 });
    return withStores(options.stage, (stores) => replayLetters(stores, ids, Boolean(options.all), io));
  });
}

async function withStores(stage: StageName | undefined, work: (stores: StageStore[]) => Promise<number>): Promise<number> {
  const env = loadCliEnvironment();
  const db = await connectToDatabase(env.databaseUrl);
  try {
    return await work((stage ? [stage] : STAGE_NAMES).map((name) => ({ stage: name, store: new FailedMessageStore(db, stageSchema(name)) })));
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

async function listLetters(stores: StageStore[], includeReplayed: boolean, json: boolean, io: CliIo): Promise<number> {
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

async function replayLetters(stores: StageStore[], ids: string[], all: boolean, io: CliIo): Promise<number> {
  const pending = await load(stores, false);
  const wanted = all ? pending : pending.filter((row) => ids.includes(cliId(row)));
  const unknown = all ? [] : ids.filter((id) => !wanted.some((row) => cliId(row) === id));
  for (const id of unknown) io.stderr.write(`no pending dead letter ${id} (ids look like ingest:12; newswire dlq list shows them)\n`);
  if (wanted.length === 0) return unknown.length > 0 ? 1 : 0;

  const env = loadCliEnvironment();
  const topology = new Topology(env.namespace);
  const connection = await connectToBroker(env.amqpUrl);
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
