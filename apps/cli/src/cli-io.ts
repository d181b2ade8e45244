/** The streams a command reads and writes, so commands run the same in-process (tests, benchmarks) and from a shell. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** Writes a chunk and waits when the stream asks us to, so piping huge outputs never buffers unbounded. */
export function writeTo(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else stream.once('drain', () => resolve());
  });
}

/**
 * A failure the operator can act on: what went wrong and what to do next. Commands throw it;
 * the program prints both lines and exits with `exitCode` (2 for usage errors, 1 otherwise).
 */
export class CliFailure extends Error {
  constructor(
    message: string,
    readonly nextStep: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
