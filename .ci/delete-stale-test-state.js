// Deletes what earlier, interrupted test runs left on the machine's services: their queues
// (namespaces test-<run id>.*; quorum queues pile up and slow the broker down) and their
// databases (newswire_test_<run id>). CI only: it assumes no other test run is going on.
const { execFileSync } = require('child_process');
const amqp = require('amqplib');
const { Client } = require('pg');

const amqpUrl = process.env.TEST_AMQP_URL || 'amqp://guest:guest@127.0.0.1:5672';
const databaseUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function deleteQueues() {
  const listed = execFileSync('rabbitmqctl', ['-q', 'list_queues', 'name', '--no-table-headers'], { encoding: 'utf8', timeout: 120000 });
  const stale = listed
    .split('\n')
    .map((l) => l.trim())
    .filter((name) => /^test-[a-z0-9]+\./.test(name));
  if (stale.length === 0) return;
  const connection = await amqp.connect(amqpUrl);
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

async function dropDatabases() {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname ~ '^newswire_test_[a-z0-9]+$'`);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    if (rows.length) console.log(`[ci] dropped ${rows.length} database(s) left by earlier test runs`);
  } finally {
    await client.end();
  }
}

async function main() {
  await deleteQueues();
  await dropDatabases();
}

main().catch((error) => {
  console.error(`[ci] ${error.message}`);
  process.exit(1);
});
