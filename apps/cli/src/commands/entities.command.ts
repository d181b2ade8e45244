import * as fs from 'fs';
import * as readline from 'readline';
import { CanonicalEntity, extractEntities, loadNerModel } from '@newswire/nlp';

export interface CommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = 'usage: newswire entities <file> | newswire entities --jsonl  (reads {"id","text"} lines on stdin)\n';

/** The public JSON shape of one entity (offsets in UTF-16 code units of the input text). */
function toJson(e: CanonicalEntity): object {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    salience: e.salience,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type })),
    ...(e.derivedFrom ? { derivedFrom: e.derivedFrom } : {}),
  };
}

function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(s)) resolve();
    else stream.once('drain', () => resolve());
  });
}

/** `newswire entities <file>` or `newswire entities --jsonl`; returns the exit code. */
export async function runEntitiesCommand(argv: string[], io: CommandIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    await write(io.stdout, USAGE);
    return 0;
  }
  if (argv.includes('--jsonl')) return runJsonl(io);
  const file = argv.find((a) => !a.startsWith('-'));
  if (!file || argv.length !== 1) {
    await write(io.stderr, USAGE);
    return 2;
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    await write(io.stderr, `entities: cannot read ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  const entities = extractEntities(text).map(toJson);
  await write(io.stdout, JSON.stringify({ entities }) + '\n');
  return 0;
}

/** One {"id","text"} object per line in, one {"id","entities"} (or {"id","error"}) per line out, in order. */
async function runJsonl(io: CommandIo): Promise<number> {
  loadNerModel();
  const rl = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (line.trim() === '') continue;
    let id: unknown = null;
    let out: object;
    try {
      const obj = JSON.parse(line) as { id?: unknown; text?: unknown; title?: unknown };
      if (obj === null || typeof obj !== 'object') throw new Error('line is not a JSON object');
      id = obj.id ?? null;
      if (typeof obj.text !== 'string') throw new Error('"text" must be a string');
      const title = typeof obj.title === 'string' ? obj.title : undefined;
      out = { id, entities: extractEntities(obj.text, { title }).map(toJson) };
    } catch (err) {
      out = { id, error: `line ${lineNo}: ${(err as Error).message}` };
    }
    await write(io.stdout, JSON.stringify(out) + '\n');
  }
  return 0;
}
