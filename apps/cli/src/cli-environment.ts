import { EnvReader } from '@newswire/config';

/** Where the CLI finds the pipeline: the same variables and defaults as the services. */
export interface CliEnvironment {
  amqpUrl: string;
  namespace: string;
  publishApiUrl: string;
  /** Sent as a bearer token to the HTTP APIs when set. */
  apiKey: string | undefined;
}

export function loadCliEnvironment(env: NodeJS.ProcessEnv = process.env): CliEnvironment {
  const read = new EnvReader(env);
  const result = {
    amqpUrl: read.url('AMQP_URL', 'amqp://guest:guest@127.0.0.1:5672', ['amqp', 'amqps']),
    namespace: read.pattern('NEWSWIRE_NAMESPACE', 'newswire', /^[a-z][a-z0-9_-]{0,40}$/, 'lowercase letters, digits, _ or -'),
    publishApiUrl: read.url('PUBLISH_API_URL', 'http://127.0.0.1:3003', ['http', 'https']),
    apiKey: read.string('NEWSWIRE_API_KEY', '') || undefined,
  };
  read.assertValid();
  return result;
}
