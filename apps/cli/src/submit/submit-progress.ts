import { SingleBar } from 'cli-progress';

/** What the progress bar and the summary count. */
export interface SubmitCounts {
  accepted: number;
  duplicates: number;
  rejected: number;
}

/**
 * A progress bar with rate and ETA while submitting from a terminal (cli-progress). Progress is
 * measured in input bytes, known up front for files, so WARC and JSON-lines inputs whose record
 * counts are not known still get an ETA; the rate shown is records per second.
 */
export class SubmitProgress {
  private readonly bar: SingleBar | null;
  private readonly startedAt = Date.now();
  private bytes = 0;

  constructor(stream: NodeJS.WritableStream, totalBytes: number | null) {
    const isTerminal = Boolean((stream as NodeJS.WriteStream).isTTY);
    this.bar =
      isTerminal && totalBytes
        ? new SingleBar({
            stream: stream as NodeJS.WriteStream,
            format:
              '{bar} {percentage}% | {records} records, {rate}/s | ETA {eta_formatted} | {accepted} accepted, {duplicates} duplicate, {rejected} rejected',
            etaBuffer: 50,
            hideCursor: true,
          })
        : null;
    this.bar?.start(totalBytes ?? 0, 0, { records: 0, rate: '0', accepted: 0, duplicates: 0, rejected: 0 });
  }

  addBytes(bytes: number): void {
    this.bytes += bytes;
  }

  update(counts: SubmitCounts): void {
    if (!this.bar) return;
    const records = counts.accepted + counts.duplicates + counts.rejected;
    const seconds = Math.max((Date.now() - this.startedAt) / 1000, 0.001);
    this.bar.update(this.bytes, { ...counts, records, rate: (records / seconds).toFixed(1) });
  }

  stop(): void {
    this.bar?.stop();
  }
}
