import { Command } from 'commander';
import { Topology } from '@newswire/messaging';
import { CliIo, writeTo } from '../cli-io';
import { connectToBroker, connectToDatabase, loadCliEnvironment } from '../cli-environment';
import { positiveNumber } from '../cli-options';
import { runs, withExamples } from '../cli-program';
import { PipelineStatus, readPipelineStatus } from '../status/pipeline-status';

export function registerStatusCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('status')
    .summary('queue depths, throughput, failures and the oldest article on its way, per stage')
    .description(
      [
        'Per stage: messages waiting in its queue and its consumers (from RabbitMQ), messages processed (its inbox, kept',
        'INBOX_RETENTION_DAYS) and in the last minute, messages it gave up on and dead letters not yet replayed; then the',
        'oldest ingested article that is neither published nor dead-lettered. Reads every stage schema (an operator tool).',
      ].join('\n'),
    )
    .option('--json', 'print one JSON object (one per refresh with --watch)')
    .option('--watch [seconds]', 'refresh every few seconds until interrupted', positiveNumber);
  withExamples(command, 'newswire status', 'newswire status --watch 2', 'newswire status --json | jq .stages');
  runs(command, async (options: { json?: boolean; watch?: number | true }) => {
    const env = loadCliEnvironment();
    const topology = new Topology(env.namespace);
    const connection = await connectToBroker(env.amqpUrl);
    const db = await connectToDatabase(env.databaseUrl);
    const intervalMs = options.watch === undefined ? null : (options.watch === true ? 2 : options.watch) * 1000;
    const clearsScreen = intervalMs !== null && !options.json && Boolean((io.stdout as NodeJS.WriteStream).isTTY);
    let stopped = false;
    const stop = () => {
      stopped = true;
    };
    process.once('SIGINT', stop);
    try {
      do {
        const status = await readPipelineStatus(connection, db, topology);
        const text = options.json ? `${JSON.stringify(status)}\n` : formatStatus(status, env.namespace);
        await writeTo(io.stdout, `${clearsScreen ? '\x1b[2J\x1b[H' : ''}${text}`);
        if (intervalMs !== null) await new Promise((resolve) => setTimeout(resolve, intervalMs));
      } while (intervalMs !== null && !stopped);
    } finally {
      process.removeListener('SIGINT', stop);
      await db.destroy();
      await connection.close().catch(() => undefined);
    }
    return 0;
  });
}

const dash = '-';
const count = (value: number | null | undefined) => (value === null || value === undefined ? dash : String(value));

export function formatStatus(status: PipelineStatus, namespace: string): string {
  const header = ['stage', 'queued', 'consumers', 'processed', 'last min', 'rate/s', 'failed', 'dead letters', 'DLQ'];
  const rows = status.stages.map((s) => [
    s.stage,
    count(s.queue?.messages),
    count(s.queue?.consumers),
    count(s.processed),
    count(s.processedLastMinute),
    s.processedLastMinute === null ? dash : (s.processedLastMinute / 60).toFixed(1),
    count(s.failed),
    count(s.deadLettersPending),
    count(s.deadLetterQueue?.messages),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  const oldest = status.oldestUnpublished
    ? `oldest article on its way: ${formatAge(status.oldestUnpublished.ageSeconds)} (${status.oldestUnpublished.articleId}, received ${status.oldestUnpublished.receivedAt})`
    : 'oldest article on its way: none, everything ingested is published or dead-lettered';
  const notes: string[] = [];
  if (status.stages.some((s) => s.queue === null)) notes.push('a "-" queue does not exist yet: start the services once (npm start) to declare the topology');
  if (status.stages.some((s) => s.queue && s.queue.messages > 0 && s.queue.consumers === 0))
    notes.push('a queue with messages and no consumers: that stage is down');
  if (status.stages.some((s) => (s.deadLettersPending ?? 0) > 0))
    notes.push('dead letters wait: `newswire dlq list` shows why, `newswire dlq replay` re-drives them');
  return [`newswire ${namespace} at ${status.at}`, line(header), ...rows.map(line), oldest, ...notes.map((n) => `note: ${n}`), ''].join('\n');
}

function formatAge(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
  if (seconds < 86400) return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
  return `${Math.floor(seconds / 86400)} d ${Math.floor((seconds % 86400) / 3600)} h`;
}
