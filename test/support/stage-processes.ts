import { ChildProcess, spawn } from 'child_process';
import { createWriteStream, existsSync, mkdirSync, WriteStream } from 'fs';
import { createServer } from 'net';
import * as path from 'path';
import { StageName } from '@newswire/contracts';
import SERVICE_ENVIRONMENT from '../../tools/service-environment.json';
import SERVICE_NODE_FLAGS from '../../tools/service-node-flags.json';
import { TestEnvironment } from './test-environment';

const ROOT = path.resolve(__dirname, '../..');
const LOG_DIR = path.join(ROOT, 'test-output');

/** A stage service running as its own process, exactly as deployed: `node dist/apps/<stage>/main.js`. */
export class StageProcess {
  private child: ChildProcess | null = null;
  private log: WriteStream | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);

  constructor(
    readonly stage: StageName,
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly label: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(): Promise<void> {
    const main = path.join(ROOT, 'dist/apps', this.stage, 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run \`npm run build\` before the integration tests`);
    mkdirSync(LOG_DIR, { recursive: true });
    this.log = createWriteStream(path.join(LOG_DIR, `${this.label}.log`), { flags: 'a' });
    // NEWSWIRE_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the services of a test or benchmark.
    // The V8 flags the services are deployed with, so tests and benchmarks measure what runs.
    const nodeArgs = [...SERVICE_NODE_FLAGS, ...(process.env.NEWSWIRE_NODE_ARGS ?? '').split(' ').filter(Boolean)];
    const child = spawn(process.execPath, [...nodeArgs, main], {
      // The malloc settings the services are deployed with (the environment of the run may override them).
      env: { ...SERVICE_ENVIRONMENT, ...process.env, ...this.env, HTTP_PORT: String(this.port), HTTP_HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.pipe(this.log, { end: false });
    child.stderr!.pipe(this.log, { end: false });
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    await this.waitHealthy(60000);
  }

  async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.label} exited during start-up; see test-output/${this.label}.log`);
      const ok = await fetch(`${this.url}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.label} not healthy after ${timeoutMs} ms; see test-output/${this.label}.log`);
  }

  /** Kills without warning, as a crash would. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child!.kill('SIGKILL');
    await this.exited;
  }

  /** Graceful stop; resolves with the exit code. */
  async stop(): Promise<number | null> {
    if (!this.running) return this.child?.exitCode ?? null;
    this.child!.kill('SIGTERM');
    return this.exited;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export function stageEnvironment(env: TestEnvironment, extra: Record<string, string> = {}): Record<string, string> {
  return {
    AMQP_URL: env.amqpUrl,
    DATABASE_URL: env.databaseUrl,
    NEWSWIRE_NAMESPACE: env.namespace,
    RETRY_DELAYS_MS: env.retryDelaysMs.join(','),
    MAX_ATTEMPTS: '3',
    OUTBOX_SWEEP_MS: '500',
    ...extra,
  };
}

/** The four services, each as its own process (several replicas of one when asked). */
export class Pipeline {
  readonly processes: StageProcess[] = [];

  constructor(private readonly env: TestEnvironment) {}

  async add(stage: StageName, extra: Record<string, string> = {}): Promise<StageProcess> {
    const replica = this.processes.filter((p) => p.stage === stage).length + 1;
    const process = new StageProcess(stage, await freePort(), stageEnvironment(this.env, extra), `${this.env.namespace}-${stage}-${replica}`);
    this.processes.push(process);
    await process.start();
    return process;
  }

  async startAll(extra: Record<string, string> = {}): Promise<void> {
    // Sequential start: each migrates its schema; the order does not matter for correctness.
    for (const stage of ['ingest', 'parse', 'entity-extract', 'publish'] as StageName[]) await this.add(stage, extra);
  }

  get(stage: StageName, replica = 1): StageProcess {
    const found = this.processes.filter((p) => p.stage === stage)[replica - 1];
    if (!found) throw new Error(`no ${stage} replica ${replica}`);
    return found;
  }

  async stopAll(): Promise<void> {
    await Promise.all(this.processes.map((p) => p.stop().catch(() => p.kill())));
  }
}
