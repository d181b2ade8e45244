import { spawn } from 'child_process';
import * as path from 'path';

const CLI = path.resolve(__dirname, '../dist/apps/cli/main.js');

/**
 * `newswire entities --jsonl < texts.jsonl | head -1`: the reader closes the pipe after its first line.
 * The command must stop quietly (exit 0, nothing on stderr), as a Unix filter does, not crash on EPIPE.
 */
describe('the CLI when its reader closes the pipe early', () => {
  it('stops quietly after the reader has gone', async () => {
    const child = spawn(process.execPath, [CLI, 'entities', '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

    const firstLine = new Promise<string>((resolve) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const end = out.indexOf('\n');
        if (end < 0) return;
        child.stdout.destroy(); // the reader goes, as `head -1` does
        resolve(out.slice(0, end));
      });
    });
    // Far more output than a pipe buffers, so the command is still writing when the reader goes.
    const text = 'Angela Merkel met Emmanuel Macron in Paris on Tuesday, the German government said. '.repeat(20);
    child.stdin.on('error', () => undefined); // the command may be gone before it has read everything
    for (let i = 0; i < 2000; i++) child.stdin.write(JSON.stringify({ id: String(i), text }) + '\n');
    child.stdin.end();

    expect(JSON.parse(await firstLine)).toMatchObject({ id: '0' });
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  });
});
