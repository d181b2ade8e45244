import { ReprocessPage, ReprocessRequest } from '@newswire/contracts';
import { ReprocessProgress, ReprocessSelection } from './reprocess-state';

/** Where pages come from: the service's POST /reprocess (ReprocessClient), or a spec's stand-in. */
export interface ReprocessPages {
  page(request: Partial<ReprocessRequest>): Promise<ReprocessPage>;
}

export interface ReprocessRunOptions {
  pages: ReprocessPages;
  selection: ReprocessSelection;
  /** Where the run starts: not started, or a resumed state. */
  from: ReprocessProgress;
  /** Articles re-emitted per second, at most. */
  rate: number;
  /** Articles a page looks at, at most. */
  pageSize: number;
  /** After every page (the state file, the progress bar). */
  onPage(progress: ReprocessProgress, page: ReprocessPage): Promise<void> | void;
  /** Asked between pages: true ends the run early (Ctrl-C), resumable from its state. */
  stopRequested?(): boolean;
  sleep?(ms: number): Promise<void>;
  now?(): number;
}

/**
 * Pages through a reprocess run until the selection is done: each page is re-emitted by the service in
 * one transaction, and the next is asked for only when the run is within its rate (articles re-emitted
 * per second since it started), so a bulk run never floods the stages ahead of live traffic.
 */
export async function runReprocess(options: ReprocessRunOptions): Promise<ReprocessProgress> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? Date.now;
  const started = now();
  let sentThisRun = 0;
  let progress = { ...options.from };
  const limit = Math.max(1, Math.min(options.pageSize, Math.floor(options.rate) || 1));
  while (!progress.done && !options.stopRequested?.()) {
    const page = await options.pages.page({
      ...(progress.revision === null ? {} : { revision: progress.revision }),
      ...(options.selection.articleIds ? { articleIds: options.selection.articleIds } : {}),
      ...(options.selection.since ? { since: options.selection.since } : {}),
      ...(progress.after === null ? {} : { after: progress.after }),
      limit,
    });
    progress = {
      revision: page.revision,
      after: page.nextCursor,
      total: page.total ?? progress.total,
      selected: progress.selected + page.selected,
      reprocessed: progress.reprocessed + page.reprocessed.length,
      done: page.nextCursor === null,
    };
    await options.onPage(progress, page);
    sentThisRun += page.reprocessed.length;
    if (!progress.done) await sleep(Math.max(0, started + (sentThisRun / options.rate) * 1000 - now()));
  }
  return progress;
}
