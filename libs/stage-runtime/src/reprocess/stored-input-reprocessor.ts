import { BadRequestException } from '@nestjs/common';
import { describeZodIssues, EventType, PayloadOf, ReprocessPage, ReprocessRequest } from '@newswire/contracts';
import { AmqpStageTransport, outgoingEvent } from '@newswire/messaging';
import { preparedQuery } from '@newswire/persistence';

/** A revision later than this much past the service's clock is refused: it would shadow every run after it. */
const MAX_REVISION_AHEAD_MS = 60_000;

/**
 * The table a stage re-emits its stored articles from (each service names only its own): the page is
 * selected by id and the `since` time column, in id order, and each row becomes its event again.
 */
export interface StoredArticleTable<T extends EventType, Row> {
  /** Schema-qualified, e.g. `ingest.raw_articles`; it has a `revision` column marking the latest run. */
  table: string;
  idColumn: string;
  /** What `since` selects on (when the article was stored). */
  timeColumn: string;
  /** The columns the event's payload is built from. */
  columns: ReadonlyArray<keyof Row & string>;
  eventType: T;
  payload(row: Row): PayloadOf<T>;
}

/** The page's statements over a stage's table. */
function statementsOver({ table, idColumn: id, timeColumn, columns }: { table: string; idColumn: string; timeColumn: string; columns: readonly string[] }) {
  const selection = `($1::uuid[] IS NULL OR ${id} = ANY($1)) AND ($2::timestamptz IS NULL OR ${timeColumn} >= $2)`;
  return {
    count: `SELECT count(*)::int AS n FROM ${table} WHERE ${selection}`,
    selectPage: `SELECT ${id} AS article_id FROM ${table} WHERE ${selection} AND ($3::uuid IS NULL OR ${id} > $3) ORDER BY ${id} LIMIT $4 FOR UPDATE`,
    // A resumed run skips what it sent: only rows not at the run's revision yet are marked and returned.
    reemit: `UPDATE ${table} SET revision = $2 WHERE ${id} = ANY($1::uuid[]) AND revision < $2
       RETURNING ${id} AS reprocessed_article_id, ${columns.join(', ')}`,
  };
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
export async function reprocessPage<T extends EventType, Row>(
  transport: AmqpStageTransport,
  source: StoredArticleTable<T, Row>,
  request: ReprocessRequest,
): Promise<ReprocessPage> {
  const sql = statementsOver(source);
  const revision = request.revision ?? Date.now();
  const articleIds = request.articleIds ?? null;
  const since = request.since ? new Date(request.since) : null;
  const requestedAt = new Date().toISOString();
  return transport.originate(async (queryRunner) => {
    const total = request.after === undefined ? (await preparedQuery<{ n: number }>(queryRunner, sql.count, [articleIds, since]))[0].n : undefined;
    const page = (await preparedQuery<{ article_id: string }>(queryRunner, sql.selectPage, [articleIds, since, request.after ?? null, request.limit])).map(
      (row) => row.article_id,
    );
    const reemitted = page.length === 0 ? [] : await preparedQuery<Row & { reprocessed_article_id: string }>(queryRunner, sql.reemit, [page, revision]);
    return {
      events: reemitted.map((row) =>
        outgoingEvent(source.eventType, source.payload(row), {
          articleId: row.reprocessed_article_id,
          correlationId: `reprocess:${revision}`,
          // End-to-end latency of a reprocessed article is measured from the request, not its first submission.
          submittedAt: requestedAt,
          revision,
        }),
      ),
      result: {
        revision,
        reprocessed: reemitted.map((row) => row.reprocessed_article_id),
        selected: page.length,
        ...(total === undefined ? {} : { total }),
        nextCursor: page.length === request.limit ? page[page.length - 1] : null,
      },
    };
  });
}
