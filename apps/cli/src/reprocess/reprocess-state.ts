import { promises as fs } from 'fs';

/** The selection of a reprocess run: which stage runs again, over which articles. */
export interface ReprocessSelection {
  stage: 'parse' | 'entity-extract';
  since: string | null;
  articleIds: string[] | null;
}

/** Where a run stands: its revision, the cursor of its next page, what it has done so far. */
export interface ReprocessProgress {
  revision: number | null;
  after: string | null;
  total: number | null;
  selected: number;
  reprocessed: number;
  done: boolean;
}

export const NOT_STARTED: ReprocessProgress = { revision: null, after: null, total: null, selected: 0, reprocessed: 0, done: false };

/**
 * The resume state of `newswire reprocess --state FILE`: the selection and the progress, rewritten
 * (whole, then renamed into place) after every page. A resumed run keeps its revision, so the services
 * skip what it re-emitted already, even the page whose answer a crash lost.
 */
export class ReprocessState {
  private constructor(
    readonly file: string,
    readonly progress: ReprocessProgress,
  ) {}

  static async open(file: string, selection: ReprocessSelection): Promise<ReprocessState> {
    const text = await fs.readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (text === null) return new ReprocessState(file, { ...NOT_STARTED });
    const saved = JSON.parse(text) as { selection: ReprocessSelection; progress: ReprocessProgress };
    if (JSON.stringify(saved.selection) !== JSON.stringify(selection)) {
      throw new SelectionMismatch(saved.selection);
    }
    return new ReprocessState(file, saved.progress);
  }

  static async save(file: string, selection: ReprocessSelection, progress: ReprocessProgress): Promise<void> {
    const temporary = `${file}.tmp`;
    await fs.writeFile(temporary, `${JSON.stringify({ selection, progress }, null, 2)}\n`);
    await fs.rename(temporary, file);
  }
}

/** The state file records another run's selection. */
export class SelectionMismatch extends Error {
  constructor(readonly saved: ReprocessSelection) {
    super(`the state file belongs to another selection (${JSON.stringify(saved)})`);
  }
}
