import { StageName } from '@newswire/contracts';
import { StageStatus } from '../status/pipeline-status';
import { formatStatus } from './status.command';

/** A stage whose queues exist and which has run against the database. */
function runningStage(
  stage: StageName,
  counts: Omit<StageStatus, 'stage' | 'queue' | 'deadLetterQueue'> & { queued: number; consumers: number; deadLetterQueued: number },
): StageStatus {
  const { queued, consumers, deadLetterQueued, ...stageCounts } = counts;
  return { stage, queue: { messages: queued, consumers }, deadLetterQueue: { messages: deadLetterQueued, consumers: 0 }, ...stageCounts };
}

describe('newswire status table', () => {
  it('lines up the stages, shows what it cannot know as "-", and says what to do about what it sees', () => {
    const text = formatStatus(
      {
        at: '2026-12-01T10:00:00.000Z',
        stages: [
          runningStage('ingest', { queued: 0, consumers: 1, deadLetterQueued: 0, processed: 1200, processedLastMinute: 90, failed: 2, deadLettersPending: 1 }),
          runningStage('parse', { queued: 340, consumers: 0, deadLetterQueued: 1, processed: 800, processedLastMinute: 0, failed: 0, deadLettersPending: 0 }),
          { stage: 'entity-extract', queue: null, deadLetterQueue: null, processed: null, processedLastMinute: null, failed: null, deadLettersPending: null },
        ],
        oldestUnpublished: { articleId: 'a1', receivedAt: '2026-12-01T09:55:30.000Z', ageSeconds: 270 },
      },
      'newswire',
    );
    const lines = text.split('\n');
    expect(lines[1]).toMatch(/^stage +queued +consumers +processed +last min +rate\/s +failed +dead letters +DLQ$/);
    expect(lines[2]).toMatch(/^ingest +0 +1 +1200 +90 +1\.5 +2 +1 +0$/);
    expect(lines[3]).toMatch(/^parse +340 +0 +800 +0 +0\.0 +0 +0 +1$/);
    expect(lines[4]).toMatch(/^entity-extract +- +- +- +- +- +- +- +-$/);
    expect(new Set(lines.slice(1, 5).map((l) => l.length)).size).toBe(1);
    expect(text).toContain('oldest article on its way: 4 min 30 s (a1, received 2026-12-01T09:55:30.000Z)');
    expect(text).toMatch(/note: .*does not exist yet: start the services/);
    expect(text).toMatch(/note: a queue with messages and no consumers: that stage is down/);
    expect(text).toMatch(/note: dead letters wait: `newswire dlq list`/);
  });
});
