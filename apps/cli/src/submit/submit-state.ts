import { createWriteStream, promises as fs, WriteStream } from 'fs';

/**
 * The resume state of `newswire submit`: the ids of the articles the broker has confirmed, one per
 * line, appended as confirms arrive. Article ids are derived from content (libs/contracts), so a
 * re-run recognises what it already delivered whichever file or record it came from.
 */
export class SubmitState {
  private constructor(
    readonly file: string,
    private readonly accepted: Set<string>,
    private readonly out: WriteStream,
  ) {}

  static async open(file: string): Promise<SubmitState> {
    const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    const accepted = new Set(text.split('\n').filter((line) => line.trim() !== ''));
    return new SubmitState(file, accepted, createWriteStream(file, { flags: 'a' }));
  }

  has(articleId: string): boolean {
    return this.accepted.has(articleId);
  }

  /** Records a confirmed article (written through; a crash loses at most the lines in flight, which the next run resends as duplicates). */
  record(articleId: string): void {
    if (this.accepted.has(articleId)) return;
    this.accepted.add(articleId);
    this.out.write(`${articleId}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => this.out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}
