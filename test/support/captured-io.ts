import { PassThrough, Readable } from 'stream';

/** In-memory streams for running a CLI command in-process, and what it wrote to each. */
export function capturedIo(stdinChunks: string[] = []) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += c));
  stderr.on('data', (c) => (err += c));
  return { io: { stdin: Readable.from(stdinChunks), stdout, stderr }, out: () => out, err: () => err };
}
