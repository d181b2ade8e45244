import { Command } from 'commander';
import { CliFailure, CliIo, writeTo } from '../cli-io';
import { positiveNumber } from '../cli-options';
import { runs, withExamples } from '../cli-program';
import { loadCliEnvironment } from '../cli-environment';

/** Fetches a published document from the publish API; null when it is not (yet) there. */
export async function fetchDocument(apiUrl: string, articleId: string, apiKey?: string): Promise<unknown | null> {
  const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  const response = await fetch(new URL(`/articles/${encodeURIComponent(articleId)}`, apiUrl), { headers }).catch((error: Error) => {
    throw new CliFailure(
      `cannot reach the publish API at ${apiUrl}: ${(error as Error & { cause?: Error }).cause?.message ?? error.message}`,
      'start the pipeline (npm start) or set PUBLISH_API_URL',
    );
  });
  if (response.status === 404) return null;
  if (!response.ok) {
    throw new CliFailure(`publish API answered ${response.status}: ${await response.text()}`, 'on 401, set NEWSWIRE_API_KEY to one of the API_KEYS');
  }
  return response.json();
}

export async function waitForDocument(apiUrl: string, articleId: string, timeoutMs: number, apiKey?: string): Promise<unknown | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const document = await fetchDocument(apiUrl, articleId, apiKey).catch((error) => {
      if (Date.now() > deadline) throw error;
      return null; // the API may be starting
    });
    if (document || Date.now() > deadline) return document;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function registerShowCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('show')
    .summary('print a published document')
    .description('Prints the document the publish API serves for an article id (PUBLISH_API_URL, NEWSWIRE_API_KEY).')
    .argument('<article-id>', 'the article id that submit printed')
    .option('--wait', 'wait until the article is published')
    .option('--timeout <seconds>', 'how long --wait waits', positiveNumber, 60);
  withExamples(command, 'newswire show 5f0c6d1e-2a3b-5c4d-8e9f-0a1b2c3d4e5f --wait --timeout 30');
  runs(command, async (articleId: string, options: { wait?: boolean; timeout: number }) => {
    const env = loadCliEnvironment();
    const document = await waitForDocument(env.publishApiUrl, articleId, options.wait ? options.timeout * 1000 : 0, env.apiKey);
    if (!document) {
      throw new CliFailure(
        `article ${articleId} is not published`,
        '`newswire status` shows whether it is still on its way; `newswire dlq list` whether it failed',
      );
    }
    await writeTo(io.stdout, `${JSON.stringify(document, null, 2)}\n`);
    return 0;
  });
}
