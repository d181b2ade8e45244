import { BadRequestException } from '@nestjs/common';
import type { QueryRunner } from 'typeorm';
import { describeZodIssues, ReprocessPage, ReprocessRequest } from '@newswire/contracts';
import { AmqpStageTransport, EventOrigin, OutboxRow } from '@newswire/messaging';

/** A revision later than this much past the service's clock is refused: it would shadow every run after it. */
const MAX_REVISION_AHEAD_MS = 60_000;

/** Which stored articles a reprocess page covers: ids after the cursor, in id order. */
export interface ReprocessSelection {
  articleIds: string[] | null;
  since: Date | null;
  after: string | null;
  limit: number;
}

/** An article re-emitted by a page, with its event. */
export interface ReemittedArticle {
  articleId: string;
  event: OutboxRow;
}

/** The SQL side of re-emitting a stage's stored articles (each service reads only its own tables). */
export interface StoredArticleSource {
  /** How many stored articles the selection holds (for the first page's progress total). */
  count(queryRunner: QueryRunner, selection: Omit<ReprocessSelection, 'after' | 'limit'>): Promise<number>;
  /** The ids of the page, in id order, locked for the transaction. */
  selectPage(queryRunner: QueryRunner, selection: ReprocessSelection): Promise<string[]>;
  /**
   * Marks the page's articles re-emitted at `revision` and returns the events to emit for those not at
   * it yet (a resumed run skips what it sent); `origin` gives an article's event its id and revision.
   */
  reemit(queryRunner: QueryRunner, articleIds: string[], revision: number, origin: (articleId: string) => EventOrigin): Promise<ReemittedArticle[]>;
}

/** Reads a POST /reprocess body; 400 with the contract's words when it is invalid. */
export function parseReprocessRequest(body: unknown, now = Date.now()): ReprocessRequest {
  const result = ReprocessRequest.safeParse(body ?? {});
  if (!result.success) throw new BadRequestException(describeZodIssues(result.error).join('; '));
  if (result.data.revision !== undefined && result.data.revision > now + MAX_REVISION_AHEAD_MS) {
    throw new BadRequestException(`revision ${result.data.revision} is in the future; start a new run without one`);
  }
  return result.data;
}

/**
 * One page of a reprocess run: the stage's stored articles re-emitted, in one transaction with their
 * revision marks, through the outbox and publisher confirms. A run's revision is the time its first
 * page was asked for (ms since the epoch), so every later run outranks it in every stage.
 */
export async function reprocessPage(transport: AmqpStageTransport, source: StoredArticleSource, request: ReprocessRequest): Promise<ReprocessPage> {
  const revision = request.revision ?? Date.now();
  const filter = { articleIds: request.articleIds ?? null, since: request.since ? new Date(request.since) : null };
  const requestedAt = new Date().toISOString();
  return transport.originate(async (queryRunner) => {
    const total = request.after === undefined ? await source.count(queryRunner, filter) : undefined;
    const page = await source.selectPage(queryRunner, { ...filter, after: request.after ?? null, limit: request.limit });
    const reemitted = await source.reemit(queryRunner, page, revision, (articleId) => ({
      articleId,
      correlationId: `reprocess:${revision}`,
      // End-to-end latency of a reprocessed article is measured from the request, not its first submission.
      submittedAt: requestedAt,
      revision,
    }));
    return {
      events: reemitted.map(({ event }) => event),
      result: {
        revision,
        reprocessed: reemitted.map(({ articleId }) => articleId),
        selected: page.length,
        ...(total === undefined ? {} : { total }),
        nextCursor: page.length === request.limit ? page[page.length - 1] : null,
      },
    };
  });
}
