/** Commands the suite runs (docker, docker-compose), each with a time limit, run from the repository's root. */
import { execFile, spawnSync } from 'child_process';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '../../..');

// Every command has a time limit: a docker or compose call that never returns (a wedged daemon,
// a rabbitmqctl waiting on a broker that is going away) would otherwise hold the suite, and CI,
// until CI's own limit kills everything and no result is printed at all.
const COMMAND_TIMEOUT_MS = 180000;
export const COMPOSE_TIMEOUT_MS = 300000;
export const BUILD_TIMEOUT_MS = 1200000;
export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}
function timedOut(command: string, args: string[], timeoutMs: number): string {
  return `timed out after ${timeoutMs / 1000} s: ${command} ${args.join(' ').slice(0, 200)}`;
}
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeoutMs = COMMAND_TIMEOUT_MS): Run {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' });
  const stderr =
    (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT'
      ? timedOut(command, args, timeoutMs)
      : (result.stderr ?? String(result.error ?? ''));
  return { status: result.status, stdout: result.stdout ?? '', stderr };
}
/** As run(), without blocking the event loop (for work beside the AMQP traffic). */
export function runAsync(command: string, args: string[], timeoutMs = 60000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        const killed = error && 'killed' in error && error.killed;
        resolve({
          status: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
          stdout: stdout ?? '',
          stderr: killed ? timedOut(command, args, timeoutMs) : (stderr ?? ''),
        });
      },
    );
  });
}
export function runOrThrow(command: string, args: string[], env?: NodeJS.ProcessEnv): string {
  const result = run(command, args, env);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr.trim().slice(-2000)}`);
  return result.stdout;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(what: string, timeoutMs: number, condition: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await sleep(1000);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}
