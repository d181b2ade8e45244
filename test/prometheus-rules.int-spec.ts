import { execFileSync } from 'child_process';
import * as path from 'path';
import { ensurePrometheusInstalled } from './support/prometheus';

const RULES_DIR = path.resolve(__dirname, '../ops/prometheus');

/** promtool's verdict on a command: its exit status and what it printed. */
function promtool(...args: string[]): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync('promtool', args, { cwd: RULES_DIR, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('Prometheus alert rules (ops/prometheus) under promtool', () => {
  beforeAll(() => ensurePrometheusInstalled(), 15 * 60 * 1000);

  it('are valid rules', () => {
    const result = promtool('check', 'rules', 'alerts.yml');
    expect(result.output).toContain('SUCCESS: 4 rules found');
    expect(result.ok).toBe(true);
  });

  it('fire, and stay quiet, as alerts.test.yml expects', () => {
    const result = promtool('test', 'rules', 'alerts.test.yml');
    expect(result.output).toContain('SUCCESS');
    expect(result.ok).toBe(true);
  });
});
