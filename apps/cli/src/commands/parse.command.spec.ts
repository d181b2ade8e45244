import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { capturedIo } from '../../../../test/support/captured-io';
import { runParseCommand } from './parse.command';

const SAMPLE = path.resolve(__dirname, '../../../../../shared/samples/korea-herald-nk-talks.txt');

async function run(argv: string[], stdinText = ''): Promise<{ code: number; out: string; err: string }> {
  const streams = capturedIo([stdinText]);
  const code = await runParseCommand(argv, streams.io);
  return { code, out: streams.out(), err: streams.err() };
}

const PAGE =
  '<html><head><title>Harbour reopens | Coast News</title></head><body><h1>Harbour reopens</h1><p>The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said in a statement.</p></body></html>';

describe('newswire parse', () => {
  it('parses a text file and prints the article as JSON', async () => {
    const { code, out } = await run([SAMPLE, '--format', 'text']);
    expect(code).toBe(0);
    const a = JSON.parse(out);
    expect(a.title).toBe('Regional powers up efforts for N.K. talks');
    expect(a.authors).toEqual(['Shin Hae-in']);
    expect(a.paragraphs).toHaveLength(18);
  });

  it('parses an HTML file with --url', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nw-parse-')), 'page.html');
    fs.writeFileSync(file, PAGE);
    const { code, out } = await run([file, '--url', 'https://coast.example/2020/05/06/harbour']);
    expect(code).toBe(0);
    const a = JSON.parse(out);
    expect(a.title).toBe('Harbour reopens');
    expect(a.publishedAt).toBe('2020-05-06');
    expect(a.canonicalUrl).toBe('https://coast.example/2020/05/06/harbour');
  });

  it('reports usage errors with exit code 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a.html', '--format', 'pdf'])).code).toBe(2);
    expect((await run(['/nonexistent/file.html'])).code).toBe(2);
  });

  it('--jsonl answers every line in order, a bad line with an error of its own', async () => {
    const lines =
      [
        JSON.stringify({ id: 'a', html: PAGE }),
        '{not json',
        JSON.stringify({ id: 'b', text: '' }),
        JSON.stringify({ id: 'c', html: '<div>'.repeat(50_000) + '<p>Text at the bottom of a very deep page, long enough to be prose for the parser.</p>' }),
        JSON.stringify({ id: 'd', url: 'https://x.example' }),
        JSON.stringify({ id: 'e', text: 'Headline here\n\nA first paragraph of the story that has enough words to be prose.' }),
      ].join('\n') + '\n';
    const { code, out } = await run(['--jsonl'], lines);
    expect(code).toBe(0);
    const rows = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => r.id)).toEqual(['a', null, 'b', 'c', 'd', 'e']);
    expect(rows[0]).toMatchObject({ title: 'Harbour reopens', authors: [], language: 'en' });
    expect(rows[0].body).toBe(rows[0].paragraphs.join('\n\n'));
    expect(Object.keys(rows[0]).slice(0, 8)).toEqual(['id', 'title', 'subtitle', 'authors', 'publishedAt', 'language', 'paragraphs', 'body']);
    expect(rows[1].error).toMatch(/^INVALID_JSON/);
    expect(rows[2].error).toMatch(/^EMPTY/);
    expect(rows[3].paragraphs[0]).toMatch(/^Text at the bottom/);
    expect(rows[4].error).toMatch(/^INVALID_INPUT/);
    expect(rows[5].title).toBe('Headline here');
  });
});
