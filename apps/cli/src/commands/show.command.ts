import { CliIo, parseOptions, stringOption } from '../cli-io';
import { loadCliEnvironment } from '../cli-environment';

/** Fetches a published document from the publish API; null when it is not (yet) there. */
export async function fetchDocument(apiUrl: string, articleId: string, apiKey?: string): Promise<unknown | null> {
  const headers: Record<string, string> = apiKey ? { authorization: `Bearer ${apiKey}` } : {};
  const response = await fetch(new URL(`/articles/${encodeURIComponent(articleId)}`, apiUrl), { headers }).catch((error: Error) => {
    throw new Error(`cannot reach the publish API at ${apiUrl}: ${(error as Error & { cause?: Error }).cause?.message ?? error.message}`);
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`publish API answered ${response.status}: ${await response.text()}`);
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

/** `newswire show <article-id> [--wait] [--timeout SECONDS]`: prints a published document. */
export async function runShowCommand(argv: string[], io: CliIo): Promise<number> {
  const { positional, options } = parseOptions(argv, ['wait']);
  if (positional.length !== 1) {
    io.stderr.write('usage: newswire show <article-id> [--wait] [--timeout SECONDS]\n');
    return 2;
  }
  const env = loadCliEnvironment();
  const timeoutMs = options.wait ? Number(stringOption(options, 'timeout') ?? 60) * 1000 : 0;
  const document = await waitForDocument(env.publishApiUrl, positional[0], timeoutMs, env.apiKey);
  if (!document) {
    io.stderr.write(`article ${positional[0]} is not published\n`);
    return 1;
  }
  io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  return 0;
}
