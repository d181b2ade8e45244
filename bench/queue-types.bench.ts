/**
 * What each RabbitMQ queue type costs the broker per message, for the two sizes the pipeline sends: a
 * page as submitted and as `article.ingested` carries it (148 KB, the real pages' mean) and a later
 * stage's event (8 KB). `npm run bench:queue-types`; BENCH_MESSAGES=N (default 600) per cell.
 *
 * Each cell declares a durable queue of one type, publishes N persistent messages on a confirm
 * channel and consumes them with manual acks (prefetch 32), as the stages do; the broker's CPU (the
 * beam.smp process tree, from /proc) is divided by N. Two loads: 64 publications in flight (a busy
 * pipeline: the broker writes and confirms in batches) and 1 (a paced one: every message its own
 * write, flush and confirm). Each cell runs twice, alternated, so the machine's drift shows as the
 * spread between the two figures. Uses TEST_AMQP_URL (default: the local broker); queues are
 * named `newswire-bench-queue-types.*` and deleted. Prints a table; not a test.
 */
import * as amqp from 'amqplib';
import { randomBytes } from 'crypto';
import { cpuSecondsBetween, rootsByCommand } from './lib/cpu-accounting';
import { clockTicksPerSecond, readAllProcStats } from './lib/proc';
import { printTable } from './lib/table';

const AMQP_URL = process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 600);
const SIZES = [
  { label: '148 KB page', bytes: 148_000 },
  { label: '8 KB event', bytes: 8_000 },
];
const IN_FLIGHT = [64, 1];
const ROUNDS = 2;

/** The arguments that make each type; a stream is read from its first offset. */
const QUEUE_TYPES: Array<{ name: string; declare: Record<string, unknown>; consume?: Record<string, unknown> }> = [
  { name: 'quorum', declare: { 'x-queue-type': 'quorum' } },
  { name: 'classic v1', declare: { 'x-queue-type': 'classic', 'x-queue-version': 1 } },
  { name: 'classic v2', declare: { 'x-queue-type': 'classic', 'x-queue-version': 2 } },
  { name: 'stream', declare: { 'x-queue-type': 'stream' }, consume: { 'x-stream-offset': 'first' } },
];

function brokerCpuSeconds(): () => number {
  const before = readAllProcStats();
  const roots = rootsByCommand(before, 'beam.smp');
  if (roots.length === 0) throw new Error('no beam.smp process in /proc: this benchmark needs the broker on this machine');
  return () => cpuSecondsBetween(before, readAllProcStats(), roots, clockTicksPerSecond());
}

/** Broker CPU ms and wall ms per message for one queue type, size and publications in flight. */
async function measure(connection: amqp.ChannelModel, type: (typeof QUEUE_TYPES)[number], bytes: number, inFlight: number) {
  const queue = `newswire-bench-queue-types.${type.name.replace(/\W+/g, '-')}.${randomBytes(4).toString('hex')}`;
  const publisher = await connection.createConfirmChannel();
  const consumer = await connection.createChannel();
  try {
    await publisher.assertQueue(queue, { durable: true, arguments: type.declare });
    await consumer.prefetch(32);
    // Text, like a page (nothing for the disk to deduplicate); one buffer for every publication, never written to.
    const body = Buffer.from(randomBytes(bytes / 2).toString('hex'));
    let received = 0;
    const allReceived = new Promise<void>((resolve) => {
      void consumer.consume(
        queue,
        (message) => {
          if (!message) return;
          consumer.ack(message);
          if (++received === MESSAGES) resolve();
        },
        { arguments: type.consume },
      );
    });
    const cpuSince = brokerCpuSeconds();
    const start = performance.now();
    let pending: Array<Promise<void>> = [];
    for (let i = 0; i < MESSAGES; i++) {
      pending.push(
        new Promise((resolve, reject) =>
          publisher.sendToQueue(queue, body, { persistent: true, messageId: String(i) }, (error) => (error ? reject(error) : resolve())),
        ),
      );
      if (pending.length >= inFlight) {
        await Promise.all(pending);
        pending = [];
      }
    }
    await Promise.all(pending);
    await allReceived;
    const wallMs = performance.now() - start;
    // Acks and the queue's own bookkeeping after the last delivery belong to the run too.
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { cpuMs: (cpuSince() * 1000) / MESSAGES, wallMs: wallMs / MESSAGES };
  } finally {
    await publisher.deleteQueue(queue).catch(() => undefined);
    await publisher.close().catch(() => undefined);
    await consumer.close().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  // Nagle off, as the stages connect: with it on, each confirm waits for a delayed ACK.
  const connection = await amqp.connect(AMQP_URL, { noDelay: true });
  const rows = [['size', 'in flight', ...QUEUE_TYPES.map((t) => `${t.name}: broker CPU ms/msg (wall)`)]];
  try {
    for (const size of SIZES) {
      for (const inFlight of IN_FLIGHT) {
        const cells = QUEUE_TYPES.map(() => [] as Array<{ cpuMs: number; wallMs: number }>);
        for (let round = 0; round < ROUNDS; round++) {
          for (const [i, type] of QUEUE_TYPES.entries()) cells[i].push(await measure(connection, type, size.bytes, inFlight));
        }
        rows.push([
          size.label,
          String(inFlight),
          ...cells.map((runs) => `${runs.map((r) => r.cpuMs.toFixed(2)).join(' / ')} (${runs.map((r) => r.wallMs.toFixed(2)).join(' / ')})`),
        ]);
      }
    }
  } finally {
    await connection.close();
  }
  console.log(`\nRabbitMQ queue types, ${MESSAGES} persistent messages per cell, confirms and manual acks; two alternated runs per cell\n`);
  printTable(rows);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
