import * as fs from 'fs';
import * as readline from 'readline';
import { Command } from 'commander';
import { CanonicalEntity, extractEntities, loadNerModel } from '@newswire/nlp';
import { CliIo, writeTo } from '../cli-io';
import { createProgram, runProgram, runs, withExamples } from '../cli-program';

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

export function registerEntitiesCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('entities')
    .summary('print the entities of a text as JSON')
    .description('Finds people, organisations, places and other names in a text, with mention offsets in UTF-16 code units.')
    .argument('[file]', 'a UTF-8 text file')
    .option('--jsonl', 'stdin: one {"id","text","title"?} per line; stdout: one {"id","entities"} (or {"id","error"}) per line, in order');
  withExamples(command, 'newswire entities story.txt', 'newswire entities --jsonl < texts.jsonl > entities.jsonl');
  runs(command, async (file: string | undefined, options: { jsonl?: boolean }) => {
    if (options.jsonl) {
      if (file !== undefined) command.error('entities: --jsonl takes no other arguments', { exitCode: 2 });
      return runJsonl(io);
    }
    if (file === undefined) command.error('entities: missing <file> (or --jsonl); usage: newswire entities <file>', { exitCode: 2 });
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (err) {
      await writeTo(io.stderr, `entities: cannot read ${file}: ${(err as Error).message} (check the path)\n`);
      return 1;
    }
    const entities = extractEntities(text).map(toJson);
    await writeTo(io.stdout, JSON.stringify({ entities }) + '\n');
    return 0;
  });
}

/** `newswire entities <file>` or `newswire entities --jsonl`; returns the exit code. */
export function runEntitiesCommand(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  registerEntitiesCommand(program, io);
  return runProgram(program, ['entities', ...argv], io);
}

/** One {"id","text"} object per line in, one {"id","entities"} (or {"id","error"}) per line out, in order. */
async function runJsonl(io: CliIo): Promise<number> {
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
    await writeTo(io.stdout, JSON.stringify(out) + '\n');
  }
  return 0;
}
