/** The Compose project under test: its settings, its containers, and bringing its stacks down clean. */
import { randomBytes } from 'crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { check } from './checks';
import { COMPOSE_TIMEOUT_MS, run, Run, runAsync, runOrThrow, waitFor } from './shell';

export const PROJECT = 'newswire-containers-test';
// Host ports apart from the machine's own RabbitMQ (5672), Postgres (5432) and services (3000-3003).
export const PORTS = { RABBITMQ_PORT: '45672', INGEST_PORT: '43000', PUBLISH_PORT: '43003' };
export const IMAGE = process.env.NEWSWIRE_IMAGE ?? 'newswire:latest';
export const API_KEY = randomBytes(24).toString('hex');
export const BASE_FILES = ['-f', 'docker-compose.yml'];
export const PROD_FILES = ['-f', 'docker-compose.yml', '-f', 'docker-compose.prod.yml'];

// An empty env file: a developer's own .env must not leak into the test.
const workDir = mkdtempSync(path.join(tmpdir(), 'newswire-containers-'));
const emptyEnvFile = path.join(workDir, 'empty.env');
writeFileSync(emptyEnvFile, '');

/** The images and ports every run uses; `secrets` are the settings under test. */
export function composeEnv(secrets: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NEWSWIRE_IMAGE: IMAGE, ...PORTS, ...secrets };
  for (const name of ['NODE_IMAGE', 'RABBITMQ_IMAGE', 'POSTGRES_IMAGE', 'DOCKER_HOST']) {
    if (process.env[name]) env[name] = process.env[name];
  }
  return env;
}
export function compose(files: string[], args: string[], env: NodeJS.ProcessEnv): Run {
  return run('docker-compose', ['-p', PROJECT, '--env-file', emptyEnvFile, ...files, ...args], env, COMPOSE_TIMEOUT_MS);
}

// ---- the project's containers ----
interface ContainerInfo {
  id: string;
  name: string;
  service: string;
  ip: string;
  health: string;
  state: string;
  exitCode: number;
  startedAt: string;
}
// State as JSON: with its health check disabled (provision) a container has no State.Health,
// and a template naming it fails for every container inspected.
const INSPECT_FORMAT =
  '{{.Id}}\t{{.Name}}\t{{index .Config.Labels "com.docker.compose.service"}}\t{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}\t{{json .State}}';
function parseInspect(out: string): ContainerInfo[] {
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, name, service, ip, stateJson] = line.split('\t');
      const state = JSON.parse(stateJson);
      return {
        id,
        name: name.replace(/^\//, ''),
        service,
        ip,
        health: state.Health?.Status ?? 'none',
        state: state.Status,
        exitCode: state.ExitCode,
        startedAt: state.StartedAt,
      };
    });
}
const projectFilter = ['--filter', `label=com.docker.compose.project=${PROJECT}`];
export function projectContainers(): ContainerInfo[] {
  const ids = runOrThrow('docker', ['ps', '-aq', ...projectFilter])
    .split('\n')
    .filter(Boolean);
  // A container removed between `ps` and `inspect` is simply left out (inspect still prints the rest).
  return ids.length === 0 ? [] : parseInspect(run('docker', ['inspect', '-f', INSPECT_FORMAT, ...ids]).stdout);
}
export async function projectContainersAsync(): Promise<ContainerInfo[]> {
  const ids = (await runAsync('docker', ['ps', '-aq', ...projectFilter])).stdout.split('\n').filter(Boolean);
  return ids.length === 0 ? [] : parseInspect((await runAsync('docker', ['inspect', '-f', INSPECT_FORMAT, ...ids])).stdout);
}
function leftovers(): { containers: string[]; networks: string[]; volumes: string[] } {
  const filter = ['--filter', `label=com.docker.compose.project=${PROJECT}`];
  const lines = (out: string) => out.split('\n').filter(Boolean);
  return {
    containers: lines(runOrThrow('docker', ['ps', '-aq', ...filter])),
    networks: lines(runOrThrow('docker', ['network', 'ls', '-q', ...filter])),
    volumes: lines(runOrThrow('docker', ['volume', 'ls', '-q', ...filter])),
  };
}

const ONE_SHOT_SERVICES = new Set(['provision']);

/** Every long-running container healthy; one-shot ones (provision) exited 0. Generous limits:
 * seven Node services starting at once on a shared two-core machine took over 4 minutes here. */
export async function waitUntilHealthy(expectedServices: Record<string, number>, timeoutMs: number): Promise<void> {
  await waitFor(`healthy containers (${JSON.stringify(expectedServices)})`, timeoutMs, () => {
    const containers = projectContainers();
    return Object.entries(expectedServices).every(([service, n]) => {
      const mine = containers.filter((c) => c.service === service);
      return mine.length === n && mine.every((c) => (ONE_SHOT_SERVICES.has(service) ? c.state === 'exited' && c.exitCode === 0 : c.health === 'healthy'));
    });
  });
}

export function psql(sql: string, user = 'newswire', database = 'newswire'): string {
  const postgres = projectContainers().find((c) => c.service === 'postgres');
  if (!postgres) throw new Error('no postgres container');
  return runOrThrow('docker', ['exec', postgres.id, 'psql', '-U', user, '-d', database, '-tAc', sql]).trim();
}

/**
 * `down -v`, then what is left. docker-compose 1.29 is known to hang now and then while stopping
 * containers (docker/compose#9062, actions/runner-images#3367): a `down` that runs out of time is
 * tried once more, and the result says so.
 */
export function downAndCheckClean(files: string[], env: NodeJS.ProcessEnv, label: string): void {
  const args = ['down', '-v', '--remove-orphans', '-t', '20'];
  let down = compose(files, args, env);
  const retried = down.status === null;
  if (retried) {
    console.log(`  ${down.stderr}; trying once more`);
    down = compose(files, args, env);
  }
  const left = leftovers();
  check(
    `${label}: \`docker-compose down -v\` leaves no container, network or volume`,
    down.status === 0 && left.containers.length + left.networks.length + left.volumes.length === 0,
    (down.status !== 0 ? down.stderr.trim().slice(-300) : `left: ${JSON.stringify(left)}`) + (retried ? ' (second try: the first timed out)' : ''),
  );
}

/** Values for interpolation only: `down` uses none of them. */
const CLEANUP_PLACEHOLDERS = Object.fromEntries(
  [
    'API_KEYS',
    'RABBITMQ_USER',
    'RABBITMQ_PASSWORD',
    'POSTGRES_USER',
    'POSTGRES_PASSWORD',
    'POSTGRES_DB',
    'INGEST_DB_PASSWORD',
    'PARSE_DB_PASSWORD',
    'ENTITY_EXTRACT_DB_PASSWORD',
    'PUBLISH_DB_PASSWORD',
  ].map((name) => [name, 'cleanup-placeholder']),
);

/** Removes whatever a run left of this project (either stack: the production files include the base). */
export function removeLeftStacks(): void {
  compose(PROD_FILES, ['down', '-v', '--remove-orphans', '-t', '5'], composeEnv(CLEANUP_PLACEHOLDERS));
}

/** Removes the working folder of the empty env file. */
export function removeWorkDir(): void {
  rmSync(workDir, { recursive: true, force: true });
}
