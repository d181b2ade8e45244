import { EnvReader, readAmqpUrl, readNamespace } from '@newswire/config';

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
    amqpUrl: readAmqpUrl(read),
    namespace: readNamespace(read),
    publishApiUrl: read.url('PUBLISH_API_URL', 'http://127.0.0.1:3003', ['http', 'https']),
    apiKey: read.string('NEWSWIRE_API_KEY', '') || undefined,
  };
  read.assertValid();
  return result;
}
