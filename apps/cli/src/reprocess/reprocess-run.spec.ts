import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { ReprocessPage, ReprocessRequest } from '@newswire/contracts';
import { ReprocessPages, runReprocess } from './reprocess-run';
import { NOT_STARTED, ReprocessProgress, ReprocessSelection, ReprocessState, SelectionMismatch } from './reprocess-state';

const ids = Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);

/** A stage's stored articles as POST /reprocess pages them: id order after the cursor, each re-emitted once per revision. */
class StoredArticles implements ReprocessPages {
  readonly revisions = new Map(ids.map((id) => [id, 0]));
  readonly requests: Array<Partial<ReprocessRequest>> = [];

  async page(request: Partial<ReprocessRequest>): Promise<ReprocessPage> {
    this.requests.push(request);
    const revision = request.revision ?? 1_000;
    const selected = ids.filter((id) => (!request.articleIds || request.articleIds.includes(id)) && (!request.after || id > request.after));
    const page = selected.slice(0, request.limit);
    const reprocessed = page.filter((id) => this.revisions.get(id)! < revision);
    for (const id of reprocessed) this.revisions.set(id, revision);
    return {
      revision,
      reprocessed,
      selected: page.length,
      ...(request.after ? {} : { total: selected.length }),
      nextCursor: page.length === request.limit ? page[page.length - 1] : null,
    };
  }
}

const all: ReprocessSelection = { stage: 'parse', since: null, articleIds: null };

function fakeClock() {
  let now = 0;
  const sleeps: number[] = [];
  return { sleeps, now: () => now, sleep: async (ms: number) => void (sleeps.push(ms), (now += ms)) };
}

describe('runReprocess', () => {
  it('pages through the selection in id order at the revision the service picked, at most --rate articles a second', async () => {
    const stored = new StoredArticles();
    const clock = fakeClock();
    const seen: ReprocessProgress[] = [];
    const done = await runReprocess({ pages: stored, selection: all, from: NOT_STARTED, rate: 2, pageSize: 50, onPage: (p) => void seen.push(p), ...clock });
    expect(done).toEqual({ revision: 1_000, after: null, total: 7, selected: 7, reprocessed: 7, done: true });
    expect(stored.requests.map((r) => [r.revision, r.after, r.limit])).toEqual([
      [undefined, undefined, 2],
      [1_000, ids[1], 2],
      [1_000, ids[3], 2],
      [1_000, ids[5], 2],
    ]);
    // 2 articles a second: a second after the first page, two after the second, … (the clock only moves in sleeps).
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
    expect(seen.map((p) => p.selected)).toEqual([2, 4, 6, 7]);
  });

  it('resumes a stopped run at its revision and cursor, so nothing is re-emitted twice', async () => {
    const stored = new StoredArticles();
    let pages = 0;
    const stopped = await runReprocess({
      pages: stored,
      selection: all,
      from: NOT_STARTED,
      rate: 1000,
      pageSize: 3,
      onPage: () => void pages++,
      stopRequested: () => pages === 1,
      ...fakeClock(),
    });
    expect(stopped).toMatchObject({ revision: 1_000, after: ids[2], reprocessed: 3, done: false });
    const resumed = await runReprocess({ pages: stored, selection: all, from: stopped, rate: 1000, pageSize: 3, onPage: () => undefined, ...fakeClock() });
    expect(resumed).toMatchObject({ revision: 1_000, total: 7, selected: 7, reprocessed: 7, done: true });
    // Starting over at the same revision (a lost state file) finds everything re-emitted already.
    const again = await runReprocess({
      pages: stored,
      selection: all,
      from: { ...NOT_STARTED, revision: 1_000 },
      rate: 1000,
      pageSize: 3,
      onPage: () => undefined,
      ...fakeClock(),
    });
    expect(again).toMatchObject({ selected: 7, reprocessed: 0, done: true });
  });

  it('sends the selected article ids with every page', async () => {
    const stored = new StoredArticles();
    const selection: ReprocessSelection = { stage: 'entity-extract', since: null, articleIds: [ids[4], ids[6]] };
    const done = await runReprocess({ pages: stored, selection, from: NOT_STARTED, rate: 10, pageSize: 50, onPage: () => undefined, ...fakeClock() });
    expect(done).toMatchObject({ total: 2, reprocessed: 2, done: true });
    expect(stored.requests.every((r) => r.articleIds === selection.articleIds)).toBe(true);
  });
});

describe('ReprocessState', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'reprocess-state-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts a new run without a file, reads back what was saved, and refuses another selection', async () => {
    const file = path.join(dir, 'run.state');
    expect((await ReprocessState.open(file, all)).progress).toEqual(NOT_STARTED);
    const progress: ReprocessProgress = { revision: 1_000, after: ids[2], total: 7, selected: 3, reprocessed: 3, done: false };
    await ReprocessState.save(file, all, progress);
    expect((await ReprocessState.open(file, all)).progress).toEqual(progress);
    await expect(ReprocessState.open(file, { ...all, stage: 'entity-extract' })).rejects.toThrow(SelectionMismatch);
  });
});
