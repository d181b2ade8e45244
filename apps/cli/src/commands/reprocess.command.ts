import { Command, InvalidArgumentError, Option } from 'commander';
import { SingleBar } from 'cli-progress';
import { CliFailure, CliIo, writeTo } from '../cli-io';
import { loadCliEnvironment } from '../cli-environment';
import { isoDate, positiveInteger, positiveNumber } from '../cli-options';
import { runs, withExamples } from '../cli-program';
import { ReprocessClient } from '../reprocess/reprocess-client';
import { runReprocess } from '../reprocess/reprocess-run';
import { NOT_STARTED, ReprocessProgress, ReprocessSelection, ReprocessState, SelectionMismatch } from '../reprocess/reprocess-state';

interface ReprocessOptions {
  stage: ReprocessSelection['stage'];
  since?: Date;
  article?: string[];
  all?: boolean;
  rate: number;
  pageSize: number;
  state?: string;
  json?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function articleId(value: string, previous: string[] = []): string[] {
  if (!UUID.test(value)) throw new InvalidArgumentError('expected an article id (a UUID, as submit and the read API print it)');
  return [...previous, value.toLowerCase()];
}

export function registerReprocessCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('reprocess')
    .summary('run a stage again over its stored input (after a better parser or model ships)')
    .description(
      [
        'Re-emits the stored input of a stage at a new revision: --stage parse asks ingest to send the raw articles again',
        '(INGEST_API_URL), --stage entity-extract asks parse to send the parsed articles again (PARSE_API_URL). The stage',
        'replaces its output, the later stages follow, and each published document gets a new version (the old one stays in',
        'GET /articles/:id/versions). Paced by --rate; resumable with --state (a re-run with the file continues the same',
        'revision where it stopped). Selects by --article and/or --since, or --all.',
      ].join('\n'),
    )
    .addOption(new Option('--stage <stage>', 'the stage to run again').choices(['parse', 'entity-extract']).makeOptionMandatory())
    .option('--since <date>', 'only articles whose input the stage stored at or after this date (ingest: received; parse: parsed)', isoDate)
    .option('--article <id>', 'only this article (repeat for more)', articleId)
    .option('--all', 'every stored article (needed when neither --since nor --article is given)')
    .option('--rate <n>', 'articles re-emitted per second, at most', positiveNumber, 50)
    .option('--page-size <n>', 'articles per request (and per transaction in the service)', positiveInteger, 50)
    .option('--state <file>', 'resume: the run’s revision and position are kept in this file after every page')
    .option('--json', 'print the summary as one JSON object');
  withExamples(
    command,
    'newswire reprocess --stage parse --since 2026-11-01 --state parser-v2.state',
    'newswire reprocess --stage entity-extract --article 5f0c6d1e-2a3b-5c4d-8e9f-0a1b2c3d4e5f',
    'newswire reprocess --stage entity-extract --all --rate 20',
  );
  runs(command, (options: ReprocessOptions) => {
    if (!options.since && !options.article && !options.all) {
      command.error('newswire reprocess: select articles with --article or --since, or pass --all for every stored article', { exitCode: 2 });
    }
    if (options.article && options.article.length > 1000) command.error('newswire reprocess: at most 1,000 --article ids; use --since', { exitCode: 2 });
    return reprocess(options, io);
  });
}

async function reprocess(options: ReprocessOptions, io: CliIo): Promise<number> {
  const env = loadCliEnvironment();
  const selection: ReprocessSelection = {
    stage: options.stage,
    since: options.since?.toISOString() ?? null,
    articleIds: options.article ? [...new Set(options.article)].sort() : null,
  };
  const client =
    options.stage === 'parse'
      ? new ReprocessClient(env.ingestApiUrl, 'INGEST_API_URL', env.apiKey)
      : new ReprocessClient(env.parseApiUrl, 'PARSE_API_URL', env.apiKey);
  const from = options.state ? await openState(options.state, selection) : { ...NOT_STARTED };
  if (from.done) {
    await writeTo(io.stderr, `the run in ${options.state} is complete (revision ${from.revision}); remove the file to start a new one\n`);
    await writeSummary(io, selection, from, options.json);
    return 0;
  }
  const bar = progressBar(io.stderr);
  let barStarted = false;
  let stopRequested = false;
  const stop = () => {
    stopRequested = true;
  };
  process.once('SIGINT', stop);
  let progress: ReprocessProgress;
  try {
    progress = await runReprocess({
      pages: client,
      selection,
      from,
      rate: options.rate,
      pageSize: options.pageSize,
      stopRequested: () => stopRequested,
      onPage: async (now: ReprocessProgress) => {
        if (options.state) await ReprocessState.save(options.state, selection, now);
        if (!bar || now.total === null) return;
        if (!barStarted) bar.start(Math.max(now.total, 1), 0, { reprocessed: 0 });
        barStarted = true;
        bar.update(now.selected, { reprocessed: now.reprocessed });
      },
    });
  } finally {
    bar?.stop();
    process.removeListener('SIGINT', stop);
  }
  await writeSummary(io, selection, progress, options.json);
  if (!progress.done) {
    await writeTo(
      io.stderr,
      options.state ? `stopped; run the same command again to resume\n` : `stopped; the rest was not re-emitted (use --state to resume)\n`,
    );
    return 1;
  }
  return 0;
}

async function openState(file: string, selection: ReprocessSelection): Promise<ReprocessProgress> {
  try {
    return (await ReprocessState.open(file, selection)).progress;
  } catch (error) {
    if (error instanceof SelectionMismatch) {
      throw new CliFailure(`${file} holds another run: ${error.message}`, 'repeat that run’s options to resume it, or name another --state file', 2);
    }
    throw new CliFailure(`cannot read ${file}: ${(error as Error).message}`, 'remove the file to start a new run', 2);
  }
}

/** A bar with rate and ETA over the articles the run selected, on a terminal only. */
function progressBar(stream: NodeJS.WritableStream): SingleBar | null {
  if (!(stream as NodeJS.WriteStream).isTTY) return null;
  return new SingleBar({
    stream: stream as NodeJS.WriteStream,
    format: '{bar} {percentage}% | {value}/{total} articles | ETA {eta_formatted} | {reprocessed} re-emitted',
    etaBuffer: 20,
    hideCursor: true,
  });
}

async function writeSummary(io: CliIo, selection: ReprocessSelection, progress: ReprocessProgress, json = false): Promise<void> {
  const { stage } = selection;
  if (json) {
    await writeTo(io.stdout, `${JSON.stringify({ stage, ...progress })}\n`);
    return;
  }
  const skipped = progress.selected - progress.reprocessed;
  await writeTo(
    io.stdout,
    `re-emitted ${progress.reprocessed} article(s) for ${stage} at revision ${progress.revision ?? '-'}` +
      ` (${progress.selected} selected${skipped > 0 ? `, ${skipped} already at this revision` : ''})\n` +
      (progress.reprocessed > 0 ? `the later stages follow: newswire status shows them working; GET /articles/:id/versions the history\n` : ''),
  );
}
