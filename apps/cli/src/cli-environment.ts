import * as amqp from 'amqplib';
import { DataSource } from 'typeorm';
import { ConfigError, EnvReader, readAmqpUrl, readDatabaseUrl, readNamespace, redactUrl } from '@newswire/config';
import { CliFailure } from './cli-io';

/** Where the CLI finds the pipeline: the same variables and defaults as the services. */
export interface CliEnvironment {
  amqpUrl: string;
  databaseUrl: string;
  namespace: string;
  publishApiUrl: string;
  /** The HTTP APIs a reprocess run pages through: ingest re-emits raw articles, parse parsed ones. */
  ingestApiUrl: string;
  parseApiUrl: string;
  /** Sent as a bearer token to the HTTP APIs when set. */
  apiKey: string | undefined;
}

export function loadCliEnvironment(env: NodeJS.ProcessEnv = process.env): CliEnvironment {
  const read = new EnvReader(env);
  const result = {
    amqpUrl: readAmqpUrl(read),
    databaseUrl: readDatabaseUrl(read),
    namespace: readNamespace(read),
    publishApiUrl: read.url('PUBLISH_API_URL', 'http://127.0.0.1:3003', ['http', 'https']),
    ingestApiUrl: read.url('INGEST_API_URL', 'http://127.0.0.1:3000', ['http', 'https']),
    parseApiUrl: read.url('PARSE_API_URL', 'http://127.0.0.1:3001', ['http', 'https']),
    apiKey: read.string('NEWSWIRE_API_KEY', '') || undefined,
  };
  assertValidEnvironment(read);
  return result;
}

/** EnvReader.assertValid, reported the CLI's way: what is wrong and what to do. */
export function assertValidEnvironment(read: EnvReader): void {
  try {
    read.assertValid();
  } catch (error) {
    if (error instanceof ConfigError)
      throw new CliFailure(error.message, 'fix the variables named above (README, "Configuration"), or unset them for the local defaults', 2);
    throw error;
  }
}

export async function connectToBroker(amqpUrl: string): Promise<amqp.ChannelModel> {
  const connection = await amqp.connect(amqpUrl, { noDelay: true }).catch((error: Error) => {
    throw new CliFailure(`cannot reach RabbitMQ at ${redactUrl(amqpUrl)}: ${error.message}`, 'start RabbitMQ (docker compose up -d rabbitmq) or set AMQP_URL');
  });
  // A dropped connection reaches the commands through their channels' errors and confirms, not as an uncaught 'error' event.
  connection.on('error', () => undefined);
  return connection;
}

/** One connection is all an operator command needs. */
export async function connectToDatabase(databaseUrl: string): Promise<DataSource> {
  const db = new DataSource({ type: 'postgres', url: databaseUrl, extra: { max: 1, connectionTimeoutMillis: 5000 } });
  return db.initialize().catch((error: Error) => {
    throw new CliFailure(
      `cannot reach PostgreSQL at ${redactUrl(databaseUrl)}: ${error.message}`,
      'start PostgreSQL (docker compose up -d postgres) or set DATABASE_URL',
    );
  });
}
