import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { Readable } from 'stream';
import { WARCRecord, WARCSerializer } from 'warcio';
import { expandInputs, InputRecord, readInput, ReadOptions } from './submission-inputs';

const options = (stdin: string | Buffer = ''): ReadOptions => ({ stdin: Readable.from([stdin]), stdinKind: 'document', onBytes: () => undefined });

async function collect(file: string, readOptions = options()): Promise<InputRecord[]> {
  const records: InputRecord[] = [];
  for await (const record of readInput(file, readOptions)) records.push(record);
  return records;
}

async function warcRecord(opts: Parameters<typeof WARCRecord.create>[0], body: Buffer, gzip: boolean): Promise<Buffer> {
  return Buffer.from(await WARCSerializer.serialize(WARCRecord.create({ warcVersion: 'WARC/1.1', ...opts }, [body]), { gzip }));
}

describe('submit inputs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nw-inputs-'));

  it.each([false, true])('reads every 2xx HTML response of a WARC (gzip %s) with its URL, fetch date and declared charset', async (gzip) => {
    const file = path.join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
    const latin1 = Buffer.from('<html><body><p>Café au lait à Zürich</p></body></html>', 'latin1');
    writeFileSync(
      file,
      Buffer.concat([
        await warcRecord(
          { url: 'https://a.example/1', date: '2024-05-06T10:00:00Z', type: 'request', httpHeaders: { Host: 'a.example' } },
          Buffer.alloc(0),
          gzip,
        ),
        await warcRecord(
          { url: 'https://a.example/1', date: '2024-05-06T10:00:00Z', type: 'response', httpHeaders: { 'Content-Type': 'text/html; charset=iso-8859-1' } },
          latin1,
          gzip,
        ),
        await warcRecord({ url: 'https://a.example/logo.png', type: 'response', httpHeaders: { 'Content-Type': 'image/png' } }, Buffer.from('PNG'), gzip),
        await warcRecord(
          { url: 'https://a.example/gone', type: 'response', statusline: 'HTTP/1.1 404 Not Found', httpHeaders: { 'Content-Type': 'text/html' } },
          Buffer.from('<p>gone</p>'),
          gzip,
        ),
        await warcRecord(
          { url: 'https://a.example/2', date: '2024-05-07T11:00:00Z', type: 'response', httpHeaders: { 'Content-Type': 'application/xhtml+xml' } },
          Buffer.from('<html><body><p>Second</p></body></html>'),
          gzip,
        ),
      ]),
    );
    const records = await collect(file);
    expect(records).toEqual([
      {
        origin: `${file}#2 https://a.example/1`,
        submission: {
          content: '<html><body><p>Café au lait à Zürich</p></body></html>',
          contentType: 'text/html',
          url: 'https://a.example/1',
          fetchedAt: '2024-05-06T10:00:00.000Z',
          source: `warc:${path.basename(file)}`,
        },
      },
      expect.objectContaining({ origin: `${file}#5 https://a.example/2`, submission: expect.objectContaining({ fetchedAt: '2024-05-07T11:00:00.000Z' }) }),
    ]);
  });

  it('rejects a WARC that is not one, naming the file', async () => {
    const file = path.join(dir, 'broken.warc');
    writeFileSync(file, 'this is not a WARC file\r\n\r\n');
    const [record] = await collect(file);
    expect(record).toMatchObject({ origin: `${file}#1` });
    expect('rejected' in record && record.rejected).toMatch(/not a WARC record .*is .*broken\.warc a WARC file/);
  });

  it('reads JSON lines, a bad line becoming a rejection with its line number', async () => {
    const file = path.join(dir, 'subs.jsonl');
    writeFileSync(file, '{"content":"<p>a</p>","url":"https://a.example/a"}\n\n{oops\n');
    expect(await collect(file)).toEqual([
      { origin: `${file}:1`, submission: { content: '<p>a</p>', url: 'https://a.example/a' } },
      { origin: `${file}:3`, rejected: expect.stringMatching(/^not JSON .*one article\.submitted payload/) },
    ]);
  });

  it('reads a page from stdin with --url and --format, and expands directories recursively in name order', async () => {
    const [record] = await collect('-', { ...options('Headline\n\nBody text.'), format: 'text', url: 'https://a.example/s' });
    expect(record).toEqual({
      origin: 'stdin',
      submission: { content: 'Headline\n\nBody text.', contentType: 'text/plain', source: 'cli:stdin', url: 'https://a.example/s' },
    });
    const tree = path.join(dir, 'tree');
    mkdirSync(path.join(tree, 'b'), { recursive: true });
    writeFileSync(path.join(tree, 'b', 'two.html'), '<p>2</p>');
    writeFileSync(path.join(tree, 'a.txt'), 'one');
    writeFileSync(path.join(tree, '.hidden'), 'x');
    expect((await expandInputs([tree, '-'])).map((f) => f.file)).toEqual([path.join(tree, 'a.txt'), path.join(tree, 'b', 'two.html'), '-']);
  });
});
