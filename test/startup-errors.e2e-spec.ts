import { execFile } from 'child_process';
import * as path from 'path';
import { promisify } from 'util';
import { freePort } from './support/stage-processes';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

const run = promisify(execFile);
const main = (stage: string) => path.resolve(__dirname, '../dist/apps', stage, 'main.js');

/** Runs a service expecting it to fail at boot; returns its exit code and stderr. */
async function bootFailure(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, [main('parse')], {
      env: { ...process.env, HTTP_PORT: String(await freePort()), CONNECT_TIMEOUT_MS: '1500', ...env },
      timeout: 30000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { code: number; stderr: string };
    return { code: e.code, stderr: e.stderr };
  }
}

describe('start-up errors: one clear line and exit code 1', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await startTestEnvironment();
  });
  afterAll(() => env?.teardown());

  it('names invalid configuration', async () => {
    const { code, stderr } = await bootFailure({ PREFETCH: 'lots', AMQP_URL: 'http://nope' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/newswire parse: cannot start: invalid configuration: .*AMQP_URL.*PREFETCH|PREFETCH.*AMQP_URL/);
  });

  it('says when PostgreSQL cannot be reached', async () => {
    const { code, stderr } = await bootFailure({ DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/newswire` });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot start: cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:\d+\/newswire/);
  });

  it('says when RabbitMQ cannot be reached, without printing its password', async () => {
    const { code, stderr } = await bootFailure({
      AMQP_URL: `amqp://guest:secret-password@127.0.0.1:${await freePort()}`,
      DATABASE_URL: env.databaseUrl,
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/cannot start: cannot reach RabbitMQ at amqp:\/\/guest:\*\*\*@127\.0\.0\.1:\d+/);
    expect(stderr).not.toContain('secret-password');
  });
});
