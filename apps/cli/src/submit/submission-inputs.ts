import { createReadStream, promises as fs } from 'fs';
import * as path from 'path';
import { createInterface } from 'readline';
import { Readable } from 'stream';
import { ArticleSubmittedV1 } from '@newswire/contracts';
import { decodeContent } from '@newswire/extraction';
import { warcSubmissions } from './warc-submissions';

/** One thing to submit, or the reason an input could not become one; `origin` says where it came from (file, line, record). */
export type InputRecord = { origin: string; submission: ArticleSubmittedV1 } | { origin: string; rejected: string };

/** How an input is read: a WARC file of crawled responses, JSON lines of submissions, or one page or text dump. */
export type InputKind = 'warc' | 'jsonl' | 'document';

export function inputKind(file: string): InputKind {
  if (/\.warc(\.gz)?$/i.test(file)) return 'warc';
  if (/\.(jsonl|ndjson)$/i.test(file)) return 'jsonl';
  return 'document';
}

/** Expands directories (recursively, in name order, skipping dot-files) to the files under them; `-` stays as stdin. */
export async function expandInputs(inputs: string[]): Promise<Array<{ file: string; bytes: number | null }>> {
  const files: Array<{ file: string; bytes: number | null }> = [];
  const visit = async (file: string): Promise<void> => {
    const stat = await fs.stat(file);
    if (!stat.isDirectory()) {
      files.push({ file, bytes: stat.size });
      return;
    }
    const entries = (await fs.readdir(file)).filter((name) => !name.startsWith('.')).sort();
    for (const name of entries) await visit(path.join(file, name));
  };
  for (const input of inputs) {
    if (input === '-') files.push({ file: '-', bytes: null });
    else await visit(input);
  }
  return files;
}

export interface ReadOptions {
  stdin: NodeJS.ReadableStream;
  /** How stdin is read (it has no name to tell): default `document`. */
  stdinKind: InputKind;
  /** Called with every chunk's size as files are read, for the progress bar. */
  onBytes: (bytes: number) => void;
  format?: 'html' | 'text';
  url?: string;
  source?: string;
}

/** The records of one input, in order. */
export async function* readInput(file: string, options: ReadOptions): AsyncGenerator<InputRecord> {
  const kind = file === '-' ? options.stdinKind : inputKind(file);
  const stream = file === '-' ? Readable.from(options.stdin) : createReadStream(file);
  stream.on('data', (chunk: Buffer | string) => options.onBytes(chunk.length));
  const name = file === '-' ? 'stdin' : file;
  if (kind === 'warc') yield* warcSubmissions(stream, name, options.source);
  else if (kind === 'jsonl') yield* jsonLines(stream, name);
  else yield await document(stream, name, options);
}

async function* jsonLines(stream: Readable, name: string): AsyncGenerator<InputRecord> {
  let lineNumber = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const origin = `${name}:${lineNumber}`;
    try {
      yield { origin, submission: JSON.parse(line) as ArticleSubmittedV1 };
    } catch (error) {
      yield { origin, rejected: `not JSON (${(error as Error).message}); each line must be one article.submitted payload` };
    }
  }
}

async function document(stream: Readable, name: string, options: ReadOptions): Promise<InputRecord> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  const bytes = Buffer.concat(chunks);
  const contentType = options.format === 'html' ? 'text/html' : options.format === 'text' ? 'text/plain' : undefined;
  return {
    origin: name,
    submission: {
      // Decoded the way ingest decodes raw bytes (BOM, declared charset, else sniffed).
      content: decodeContent(bytes, contentType),
      ...(contentType ? { contentType } : {}),
      source: options.source ?? `cli:${path.basename(name)}`,
      ...(options.url ? { url: options.url } : {}),
    },
  };
}
