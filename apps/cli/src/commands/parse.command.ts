import { promises as fs } from 'fs';
import { gunzipSync } from 'zlib';
import { createInterface } from 'readline';
import { Command, Option } from 'commander';
import { ArticleInput, ArticleParseError, ParsedArticle, decodeContent, parseArticle } from '@newswire/extraction';
import { CliIo, writeTo } from '../cli-io';
import { createProgram, runProgram, runs, withExamples } from '../cli-program';

function errorText(err: unknown): string {
  if (err instanceof ArticleParseError) return `${err.code}: ${err.message}`;
  return `INTERNAL: ${err instanceof Error ? err.message : String(err)}`;
}

/** The JSON line for one parsed article: the fields every consumer reads first, then the rest. */
function articleRecord(id: unknown, a: ParsedArticle): Record<string, unknown> {
  return {
    id,
    title: a.title,
    subtitle: a.subtitle,
    authors: a.authors,
    publishedAt: a.publishedAt,
    language: a.language,
    paragraphs: a.paragraphs,
    body: a.body,
    publisher: a.publisher,
    canonicalUrl: a.canonicalUrl,
    wordCount: a.wordCount,
    boilerplate: a.boilerplate,
  };
}

/** One input line to one output line; a bad line yields {"id","error"} and never stops the stream. */
export function parseJsonLine(line: string): Record<string, unknown> {
  let id: unknown = null;
  try {
    const obj = JSON.parse(line) as Record<string, unknown>;
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { id, error: 'INVALID_INPUT: each line must be a JSON object' };
    id = obj.id ?? null;
    const input: ArticleInput = {};
    for (const k of ['html', 'text', 'url', 'title', 'body', 'contentType'] as const) {
      if (typeof obj[k] === 'string') input[k] = obj[k] as string;
    }
    if (input.html === undefined && input.text === undefined && input.body === undefined && input.title === undefined) {
      return { id, error: 'INVALID_INPUT: the line has no "html", "text" or "body" field' };
    }
    return articleRecord(id, parseArticle(input));
  } catch (err) {
    if (err instanceof SyntaxError) return { id, error: `INVALID_JSON: ${err.message}` };
    return { id, error: errorText(err) };
  }
}

async function runJsonl(io: CliIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    await writeTo(io.stdout, JSON.stringify(parseJsonLine(line)) + '\n');
  }
  return 0;
}

interface FileArgs {
  file: string;
  format: 'html' | 'text' | null;
  url: string | undefined;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  return Buffer.concat(chunks);
}

async function runFile(args: FileArgs, io: CliIo): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = args.file === '-' ? await readAll(io.stdin) : await fs.readFile(args.file);
  } catch (err) {
    await writeTo(io.stderr, `newswire parse: cannot read ${args.file}: ${(err as Error).message} (check the path, or pass - to read stdin)\n`);
    return 2;
  }
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      await writeTo(io.stderr, `newswire parse: ${args.file} is not valid gzip: ${(err as Error).message} (decompress it, or pass the plain file)\n`);
      return 1;
    }
  }
  const format = args.format ?? (/\.html?(\.gz)?$/i.test(args.file) ? 'html' : /\.txt(\.gz)?$/i.test(args.file) ? 'text' : null);
  try {
    let input: ArticleInput;
    if (format === 'text') input = { text: decodeContent(bytes, 'text/plain'), url: args.url };
    else if (format === 'html') input = { bytes, contentType: 'text/html', url: args.url };
    else input = { bytes, url: args.url };
    const article = parseArticle(input);
    await writeTo(io.stdout, JSON.stringify(article, null, 2) + '\n');
    return 0;
  } catch (err) {
    await writeTo(io.stderr, `newswire parse: ${errorText(err)} (if the page is a text dump, try --format text)\n`);
    return 1;
  }
}

export function registerParseCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('parse')
    .summary('print the parsed article(s) as JSON')
    .description('Parses an HTML page or a text dump into the article the pipeline would store, with no broker and no database.')
    .argument('[file]', 'an .html/.htm/.txt file (optionally .gz), or - for stdin')
    .addOption(new Option('--format <format>', 'how to read the file (default: from its extension, else sniffed)').choices(['html', 'text']))
    .option('--url <url>', 'the page URL (helps dates and the canonical URL)')
    .option('--jsonl', 'stdin: one {"id","html"|"text","url"?} per line; stdout: one result per line, in order');
  withExamples(command, 'newswire parse page.html --url https://example.com/2024/05/06/story', 'newswire parse --jsonl < pages.jsonl > articles.jsonl');
  runs(command, async (file: string | undefined, options: { format?: 'html' | 'text'; url?: string; jsonl?: boolean }) => {
    if (options.jsonl) {
      if (file !== undefined || options.format || options.url) command.error('newswire parse: --jsonl takes no other arguments', { exitCode: 2 });
      return runJsonl(io);
    }
    if (file === undefined) command.error('newswire parse: missing <file>', { exitCode: 2 });
    return runFile({ file, format: options.format ?? null, url: options.url }, io);
  });
}

/** `newswire parse ...`: argv is what follows "parse" on the command line. Returns the exit code. */
export function runParseCommand(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  registerParseCommand(program, io);
  return runProgram(program, ['parse', ...argv], io);
}
