import { EnvReader } from './env-reader';

// Where the pipeline lives: read the same way (variables, defaults, checks) by the services and the CLI.

export function readAmqpUrl(read: EnvReader): string {
  return read.url('AMQP_URL', 'amqp://guest:guest@127.0.0.1:5672', ['amqp', 'amqps']);
}

export function readDatabaseUrl(read: EnvReader): string {
  return read.url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/newswire', ['postgres', 'postgresql']);
}

/** Prefix of every exchange and queue name, so test runs and deployments stay apart. */
export function readNamespace(read: EnvReader): string {
  return read.pattern('NEWSWIRE_NAMESPACE', 'newswire', /^[a-z][a-z0-9_-]{0,40}$/, 'lowercase letters, digits, _ or -');
}
