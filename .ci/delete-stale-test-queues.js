// Deletes the queues of earlier test runs (namespaces test-<run id>.*) that an interrupted run
// left on the machine's RabbitMQ: quorum queues pile up and slow the broker down. CI only: it
// assumes no other test run is going on.
const { execFileSync } = require('child_process');
const amqp = require('amqplib');

const url = process.env.TEST_AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672';

async function main() {
  const listed = execFileSync('rabbitmqctl', ['-q', 'list_queues', 'name', '--no-table-headers'], { encoding: 'utf8', timeout: 120000 });
  const stale = listed.split('\n').map((l) => l.trim()).filter((name) => /^test-[a-z0-9]+\./.test(name));
  if (stale.length === 0) return;
  const connection = await amqp.connect(url);
  try {
    for (const name of stale) {
      const channel = await connection.createChannel();
      await channel.deleteQueue(name).catch(() => undefined);
      await channel.close().catch(() => undefined);
    }
  } finally {
    await connection.close();
  }
  console.log(`[ci] deleted ${stale.length} queue(s) left by earlier test runs`);
}

main().catch((error) => {
  console.error(`[ci] ${error.message}`);
  process.exit(1);
});
