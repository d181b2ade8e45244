import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PassThrough, Readable } from 'stream';
import { runEntitiesCommand } from './entities.command';

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

describe('newswire entities', () => {
  it('prints entities with UTF-16 offsets for a file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ent-')), 'a.txt');
    const text = '😀 “Kim Kye-gwan” flew to Beijing. The North Korean diplomat left North Korea.';
    fs.writeFileSync(file, text);
    const out = sink();
    const err = sink();
    const code = await runEntitiesCommand([file], { stdin: Readable.from([]), stdout: out.stream, stderr: err.stream });
    expect(code).toBe(0);
    const json = JSON.parse(out.text()) as {
      entities: Array<{
        id: string;
        type: string;
        name: string;
        salience: number;
        derivedFrom?: string;
        mentions: Array<{ start: number; end: number; text: string; type: string }>;
      }>;
    };
    const kim = json.entities.find((e) => e.name === 'Kim Kye-gwan');
    expect(kim?.type).toBe('PERSON');
    for (const e of json.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(kim?.mentions.map((m) => m.type)).toEqual(['PERSON']);
    const northKorea = json.entities.find((e) => e.name === 'North Korea');
    expect(json.entities.find((e) => e.name === 'North Korean')).toMatchObject({ type: 'MISC', derivedFrom: northKorea?.id });
  });

  it('streams jsonl in order and reports bad lines without stopping', async () => {
    const input = ['{"id":"a","text":"Sergey Lavrov arrived in Seoul."}', 'oops', '{"id":"c","text":""}', '{"id":"d"}'].join('\n') + '\n';
    const out = sink();
    const code = await runEntitiesCommand(['--jsonl'], { stdin: Readable.from([input]), stdout: out.stream, stderr: sink().stream });
    expect(code).toBe(0);
    const lines = out
      .text()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; entities?: Array<{ name: string }>; error?: string });
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd']);
    expect(lines[0].entities?.map((e) => e.name)).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Seoul']));
    expect(lines[1].error).toMatch(/^line 2: .*JSON/);
    expect(lines[2].entities).toEqual([]);
    expect(lines[3].error).toMatch(/text/);
  });

  it('fails with usage when no file is given', async () => {
    const err = sink();
    expect(await runEntitiesCommand([], { stdin: Readable.from([]), stdout: sink().stream, stderr: err.stream })).toBe(2);
    expect(err.text()).toMatch(/usage/);
  });
});
