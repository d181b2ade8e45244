import { PassThrough, Readable, Writable } from 'stream';
import { runParseCommand } from '../../apps/cli/src/commands/parse.command';

export interface JsonlInput {
  id: string;
  html?: string;
  text?: string;
  url?: string;
}

export interface JsonlResult {
  results: Array<Record<string, any>>;
  /** Wall-clock seconds (inflated when other processes share the cores). */
  seconds: number;
  /** CPU seconds this process spent (user + system): the cost on one core, whatever the load. */
  cpuSeconds: number;
}

/**
 * Runs inputs through exactly the CLI's `parse --jsonl` code path, in this process (one core):
 * stdin is fed the JSON lines, stdout is collected and split back into records.
 */
export async function runJsonl(inputs: JsonlInput[]): Promise<JsonlResult> {
  const payload = inputs.map((i) => JSON.stringify(i) + '\n');
  const stdin = Readable.from(payload);
  const chunks: string[] = [];
  const stdout = new Writable({
    write(chunk, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  const stderr = new PassThrough();
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const code = await runParseCommand(['--jsonl'], { stdin, stdout, stderr });
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (code !== 0) throw new Error(`parse --jsonl exited with ${code}`);
  const results = chunks
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  if (results.length !== inputs.length) throw new Error(`expected ${inputs.length} output lines, got ${results.length}`);
  return { results, seconds, cpuSeconds };
}
