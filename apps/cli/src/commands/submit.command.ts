import { Command, Option } from 'commander';
import { ArticleSubmittedV1, describeZodIssues, submissionIdentity } from '@newswire/contracts';
import { decodeContent } from '@newswire/extraction';
import { Topology } from '@newswire/messaging';
import { CliFailure, CliIo, writeTo } from '../cli-io';
import { connectToBroker, loadCliEnvironment } from '../cli-environment';
import { positiveInteger, positiveNumber } from '../cli-options';
import { runs, withExamples } from '../cli-program';
import { ConfirmedSubmitter } from '../submit/confirmed-submitter';
import { SubmitCounts, SubmitProgress } from '../submit/submit-progress';
import { SubmitState } from '../submit/submit-state';
import { expandInputs, InputKind, readInput } from '../submit/submission-inputs';
import { waitForDocument } from './show.command';

interface SubmitOptions {
  url?: string;
  source?: string;
  format?: 'html' | 'text';
  stdin: InputKind;
  concurrency: number;
  state?: string;
  wait?: boolean;
  timeout: number;
}

export function registerSubmitCommand(program: Command, io: CliIo): void {
  const command: Command = program
    .command('submit')
    .summary('submit files, directories, JSON lines or WARC crawls to the pipeline')
    .description(
      [
        'Publishes articles to the ingest queue over AMQP with publisher confirms. Inputs: files (a page or a text dump each),',
        'directories (recursively), .jsonl/.ndjson files (one article.submitted payload per line), .warc/.warc.gz files',
        '(every HTML response record, with its URL and fetch date) and - for stdin. Resumable with --state: the ids of',
        'confirmed articles go to that file, and a re-run with it skips them. Exits 1 when anything was rejected.',
      ].join('\n'),
    )
    .argument('<inputs...>', 'files, directories, .jsonl, .warc, .warc.gz, or - for stdin')
    .option('--url <url>', 'the URL of a single page or text dump')
    .option('--source <name>', 'the source recorded with each article (default: cli:<file> or warc:<file>)')
    .addOption(new Option('--format <format>', 'how to read pages and text dumps (default: sniffed)').choices(['html', 'text']))
    .addOption(new Option('--stdin <kind>', 'what - carries').choices(['document', 'jsonl', 'warc']).default('document'))
    .option('--concurrency <n>', 'unconfirmed messages in flight', positiveInteger, 64)
    .option('--state <file>', 'resume: skip the articles this file lists as accepted, and add the ones accepted now')
    .option('--wait', 'then wait for each article (accepted or duplicate) to be published and print it')
    .option('--timeout <seconds>', 'how long --wait waits for each article', positiveNumber, 60);
  withExamples(
    command,
    'newswire submit ../shared/samples/korea-herald-nk-talks.txt --wait',
    'newswire submit crawl/CC-NEWS-20240506.warc.gz --state crawl.state --concurrency 128',
    'newswire submit pages/ submissions.jsonl',
    'curl -s https://example.com/story | newswire submit - --url https://example.com/story',
  );
  runs(command, (inputs: string[], options: SubmitOptions) => submit(inputs, options, io));
}

async function submit(inputs: string[], options: SubmitOptions, io: CliIo): Promise<number> {
  const env = loadCliEnvironment();
  const files = await expandInputs(inputs).catch((error: Error) => {
    throw new CliFailure(`cannot read the inputs: ${error.message}`, 'check the paths (directories are read recursively; - reads stdin)', 2);
  });
  const state = options.state ? await SubmitState.open(options.state) : null;
  const totalBytes = files.some((f) => f.bytes === null) ? null : files.reduce((sum, f) => sum + (f.bytes ?? 0), 0);
  const showsProgress = Boolean((io.stderr as NodeJS.WriteStream).isTTY);
  // Per-record lines are for scripts; on a terminal the progress bar and the summary say it.
  const printsRecords = !(showsProgress && (io.stdout as NodeJS.WriteStream).isTTY);
  const counts: SubmitCounts = { accepted: 0, duplicates: 0, rejected: 0 };
  const rejections: Array<{ origin: string; reason: string }> = [];
  const toPublish = new Map<string, string>(); // article id → the first origin, for --wait
  const seen = new Set<string>();
  let resumed = 0;
  const startedAt = Date.now();
  const report = (origin: string, articleId: string | null, status: 'accepted' | 'duplicate' | 'rejected', reason?: string) => {
    if (status === 'rejected') {
      counts.rejected++;
      rejections.push({ origin, reason: reason! });
    } else if (status === 'duplicate') counts.duplicates++;
    else counts.accepted++;
    if (articleId && status !== 'rejected' && !toPublish.has(articleId)) toPublish.set(articleId, origin);
    if (printsRecords) io.stdout.write(`${JSON.stringify({ origin, articleId, status, ...(reason ? { reason } : {}) })}\n`);
  };

  const topology = new Topology(env.namespace);
  const connection = await connectToBroker(env.amqpUrl);
  const progress = new SubmitProgress(io.stderr, totalBytes);
  try {
    const channel = await connection.createConfirmChannel();
    await topology.declare(channel);
    const submitter = new ConfirmedSubmitter(channel, topology, options.concurrency);
    for (const { file } of files) {
      const records = readInput(file, {
        stdin: io.stdin,
        stdinKind: options.stdin,
        onBytes: (bytes) => progress.addBytes(bytes),
        format: options.format,
        url: options.url,
        source: options.source,
      });
      for await (const record of records) {
        progress.update(counts);
        if ('rejected' in record) {
          report(record.origin, null, 'rejected', record.rejected);
          continue;
        }
        const valid = ArticleSubmittedV1.safeParse(record.submission);
        if (!valid.success) {
          report(record.origin, null, 'rejected', `not an article.submitted payload: ${describeZodIssues(valid.error).join('; ')}`);
          continue;
        }
        const { articleId } = identify(valid.data);
        if (seen.has(articleId) || state?.has(articleId)) {
          if (!seen.has(articleId)) resumed++;
          report(record.origin, articleId, 'duplicate');
          continue;
        }
        seen.add(articleId);
        await submitter.submit(articleId, valid.data, (failure) => {
          if (failure) return report(record.origin, articleId, 'rejected', failure);
          state?.record(articleId);
          report(record.origin, articleId, 'accepted');
        });
      }
    }
    await submitter.drain();
  } finally {
    progress.update(counts);
    progress.stop();
    await state?.close();
    await connection.close().catch(() => undefined);
  }

  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  const lines = [
    `submitted ${counts.accepted + counts.duplicates + counts.rejected} record(s) from ${files.length} input(s) in ${seconds} s: ` +
      `${counts.accepted} accepted, ${counts.duplicates} duplicate(s)${resumed ? ` (${resumed} accepted by an earlier run)` : ''}, ${counts.rejected} rejected`,
    ...rejections.slice(0, 50).map((r) => `  rejected ${r.origin}: ${r.reason}`),
    ...(rejections.length > 50 ? [`  … and ${rejections.length - 50} more (the per-record lines on stdout list them all)`] : []),
  ];
  if (counts.rejected > 0) lines.push('next: fix or drop the rejected inputs and run the same command again; what was accepted is skipped');
  if (counts.accepted > 0)
    lines.push('accepted means the broker has it; `newswire status` follows it through the stages, `newswire dlq list` shows what a stage refused');
  await writeTo(io.stderr, `${lines.join('\n')}\n`);

  if (options.wait) {
    for (const [articleId, origin] of toPublish) {
      const document = await waitForDocument(env.publishApiUrl, articleId, options.timeout * 1000, env.apiKey);
      if (!document) {
        throw new CliFailure(
          `${origin}: article ${articleId} was not published within ${options.timeout} s`,
          '`newswire status` shows where it is, `newswire dlq list` whether a stage refused it; if the pipeline was reset since --state recorded it, drop --state',
        );
      }
      await writeTo(io.stdout, `${JSON.stringify(document, null, 2)}\n`);
    }
  }
  return counts.rejected > 0 ? 1 : 0;
}

/** The id ingest will give the submission (same decoding, same hash), for de-duplication and the resume state. */
function identify(submission: ArticleSubmittedV1): { articleId: string } {
  const content =
    submission.content ??
    (submission.contentBase64 !== undefined ? decodeContent(Buffer.from(submission.contentBase64, 'base64'), submission.contentType) : undefined) ??
    submission.body ??
    '';
  return submissionIdentity({
    contentType: submission.contentType,
    hasRawContent: submission.content !== undefined || submission.contentBase64 !== undefined,
    content,
    title: submission.title,
    body: submission.body,
  });
}
