import { promises as fs } from 'fs';
import { gunzipSync } from 'zlib';
import { createInterface } from 'readline';
import { ArticleInput, ArticleParseError, ParsedArticle, decodeContent, parseArticle } from '@newswire/extraction';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = [
  'usage: newswire parse <file> [--format html|text] [--url URL]',
  '       newswire parse --jsonl   (stdin: one {"id","html"|"text","url"?} per line; stdout: one result per line)',
].join('\n');

/** Writes a chunk and waits when the stream asks us to (so piping huge outputs never buffers unbounded). */
function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else out.once('drain', () => resolve());
  });
}

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

async function runJsonl(io: CommandIo): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    await write(io.stdout, JSON.stringify(parseJsonLine(line)) + '\n');
  }
  return 0;
}

interface FileArgs {
  file: string;
  format: 'html' | 'text' | null;
  url: string | undefined;
}

function parseArgs(argv: string[]): FileArgs | string {
  let file: string | null = null;
  let format: 'html' | 'text' | null = null;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    try {
      if (a === '--format' || a.startsWith('--format=')) {
        const f = value('--format');
        if (f !== 'html' && f !== 'text') return `unknown format "${f}" (html or text)`;
        format = f;
      } else if (a === '--url' || a.startsWith('--url=')) url = value('--url');
      else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
      else if (file === null) file = a;
      else return `unexpected argument ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  if (file === null) return 'missing <file>';
  return { file, format, url };
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c as string));
  return Buffer.concat(chunks);
}

async function runFile(args: FileArgs, io: CommandIo): Promise<number> {
  let bytes: Buffer;
  try {
    bytes = args.file === '-' ? await readAll(io.stdin) : await fs.readFile(args.file);
  } catch (err) {
    await write(io.stderr, `newswire parse: cannot read ${args.file}: ${(err as Error).message}\n`);
    return 2;
  }
  if (bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    try {
      bytes = gunzipSync(bytes);
    } catch (err) {
      await write(io.stderr, `newswire parse: ${args.file} is not valid gzip: ${(err as Error).message}\n`);
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
    await write(io.stdout, JSON.stringify(article, null, 2) + '\n');
    return 0;
  } catch (err) {
    await write(io.stderr, `newswire parse: ${errorText(err)}\n`);
    return 1;
  }
}

/** `newswire parse ...`: argv is what follows "parse" on the command line. Returns the exit code. */
export async function runParseCommand(argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await write(io.stdout, USAGE + '\n');
    return 0;
  }
  if (argv.includes('--jsonl')) {
    const rest = argv.filter((a) => a !== '--jsonl');
    if (rest.length) {
      await write(io.stderr, `newswire parse: --jsonl takes no other arguments\n${USAGE}\n`);
      return 2;
    }
    return runJsonl(io);
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    await write(io.stderr, `newswire parse: ${args}\n${USAGE}\n`);
    return 2;
  }
  return runFile(args, io);
}
