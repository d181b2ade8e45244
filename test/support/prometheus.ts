import { ChildProcess, execFileSync, spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { freePort } from './stage-processes';

/**
 * Debian's `prometheus` package (server and promtool), installed with apt-get when missing
 * (CI runs as root). The package's own service plays no part: tests start the binary themselves.
 */
export function ensurePrometheusInstalled(): void {
  if (commandExists('prometheus') && commandExists('promtool')) return;
  if (process.getuid?.() !== 0) throw new Error('prometheus and promtool are missing: install Debian\'s "prometheus" package (apt-get install -y prometheus)');
  // Another apt-get may hold the dpkg lock on a shared machine: wait for it rather than fail.
  const aptGet = (...args: string[]) =>
    execFileSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', '-y', '-qq', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 15 * 60 * 1000,
    });
  try {
    aptGet('install', 'prometheus');
  } catch {
    aptGet('update'); // a fresh machine's package lists may be empty or stale
    aptGet('install', 'prometheus');
  }
}

function commandExists(name: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export interface ScrapeTarget {
  job: string;
  /** host:port */
  address: string;
}

/** A Prometheus server of our own: temp config and storage, loopback port, short scrape interval. */
export class PrometheusServer {
  private constructor(
    private readonly child: ChildProcess,
    private readonly dir: string,
    readonly url: string,
    private readonly exited: Promise<unknown>,
  ) {}

  static async start(targets: ScrapeTarget[], scrapeIntervalSeconds = 1): Promise<PrometheusServer> {
    const dir = mkdtempSync(path.join(tmpdir(), 'newswire-prometheus-'));
    const config = [
      'global:',
      `  scrape_interval: ${scrapeIntervalSeconds}s`,
      `  scrape_timeout: ${scrapeIntervalSeconds}s`,
      'scrape_configs:',
      ...targets.flatMap((t) => [`  - job_name: '${t.job}'`, '    static_configs:', `      - targets: ['${t.address}']`]),
      '',
    ].join('\n');
    writeFileSync(path.join(dir, 'prometheus.yml'), config);
    const port = await freePort();
    const child = spawn(
      'prometheus',
      [
        `--config.file=${path.join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${path.join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const server = new PrometheusServer(child, dir, `http://127.0.0.1:${port}`, exited);
    const deadline = Date.now() + 60000;
    while (
      !(await fetch(`${server.url}/-/ready`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (child.exitCode !== null) throw new Error(`prometheus exited (${child.exitCode}): ${stderr}`);
      if (Date.now() > deadline) {
        await server.stop();
        throw new Error(`prometheus not ready after 60 s: ${stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return server;
  }

  /** An instant PromQL query over the HTTP API: each series' labels and value. */
  async query(promql: string): Promise<Array<{ labels: Record<string, string>; value: number }>> {
    const response = await fetch(`${this.url}/api/v1/query?query=${encodeURIComponent(promql)}`);
    const body = (await response.json()) as {
      status: string;
      error?: string;
      data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> };
    };
    if (body.status !== 'success') throw new Error(`query ${promql} failed: ${body.error}`);
    return body.data.result.map((r) => ({ labels: r.metric, value: Number(r.value[1]) }));
  }

  /** Scrape targets and their health as Prometheus sees them. */
  async targets(): Promise<Array<{ job: string; health: string; lastError: string }>> {
    const body = (await (await fetch(`${this.url}/api/v1/targets`)).json()) as {
      data: { activeTargets: Array<{ labels: { job: string }; health: string; lastError: string }> };
    };
    return body.data.activeTargets.map((t) => ({ job: t.labels.job, health: t.health, lastError: t.lastError }));
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      this.child.kill('SIGTERM');
      await this.exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
