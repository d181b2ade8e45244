import { BadRequestException, Body, Controller, Headers, HttpCode, Inject, Post, UnprocessableEntityException } from '@nestjs/common';
import { createHash, randomUUID } from 'crypto';
import { ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ArticleSubmittedV1, ErrorResponse, EventEnvelope, EventTypes, SubmissionAccepted } from '@newswire/contracts';
import type { ServiceConfig } from '@newswire/config';
import { AmqpStageTransport, isPermanent } from '@newswire/messaging';
import { SERVICE_CONFIG } from '@newswire/stage-runtime';
import { extractTraceContext, inMessageSpan, SpanKind, startMessageSpan } from '@newswire/tracing';
import { AdmittedSubmission, admitSubmission } from './normalize-submission';

/**
 * POST /articles: a JSON submission (the article.submitted payload) or a raw text/html or
 * text/plain body (URL and source in `X-Article-Url` / `X-Article-Source`). It goes through
 * the same handler as the queue, and 202 means the article is stored and its event committed.
 */
@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('articles')
export class ArticlesController {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly transport: AmqpStageTransport,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Submit an article',
    description:
      'A JSON `article.submitted` payload, or a raw text/html or text/plain body (URL and source in `X-Article-Url` / `X-Article-Source`). ' +
      "`Idempotency-Key` names the submission; a W3C `traceparent` header is continued by the article's trace.",
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: z.toJSONSchema(ArticleSubmittedV1, { target: 'openapi-3.0', io: 'input' }) as object },
        'text/html': { schema: { type: 'string' } },
        'text/plain': { schema: { type: 'string' } },
      },
    },
  })
  @ApiResponse({
    status: 202,
    description: 'Stored, and its article.ingested event committed (or already seen: `duplicate`).',
    standardSchema: SubmissionAccepted,
  })
  @ApiResponse({ status: 400, description: 'No submission in the body.', standardSchema: ErrorResponse })
  @ApiResponse({ status: 422, description: 'The submission breaks the article.submitted contract; kept with its reason.', standardSchema: ErrorResponse })
  async submit(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Headers('x-article-url') url: string | undefined,
    @Headers('x-article-source') source: string | undefined,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Headers('x-correlation-id') correlationId: string | undefined,
    @Headers('traceparent') traceparent: string | undefined,
    @Headers('tracestate') tracestate: string | undefined,
  ): Promise<SubmissionAccepted> {
    const raw = typeof body === 'string' ? this.fromRawBody(body, contentType, url, source) : body;
    if (raw === undefined || raw === null || (typeof raw === 'object' && Object.keys(raw).length === 0)) {
      throw new BadRequestException('send a JSON submission or a text/html or text/plain body');
    }
    // Kept as the queue's message form, so a rejected submission can be replayed to the ingest queue.
    const content = Buffer.from(JSON.stringify(raw));
    const id = idempotencyKey?.slice(0, 200) || `http:${createHash('sha1').update(content).digest('hex')}`;
    const origin = { queue: 'http:POST /articles', content };
    let admitted: AdmittedSubmission;
    try {
      admitted = admitSubmission(raw, this.config.maxArticleBytes);
    } catch (error) {
      if (isPermanent(error)) {
        await this.transport.recordRejected(origin, id, error.message);
        throw new UnprocessableEntityException(error.message);
      }
      throw error;
    }
    const { payload, articleId } = admitted;
    const envelope: EventEnvelope = {
      id,
      type: EventTypes.ArticleSubmitted,
      version: 1,
      articleId,
      correlationId: correlationId?.slice(0, 200) || randomUUID(),
      occurredAt: new Date().toISOString(),
      payload,
    };
    // The submission's trace: continues the caller's `traceparent` when it sends one.
    const trace = startMessageSpan('POST /articles', SpanKind.SERVER, extractTraceContext({ traceparent, tracestate }), {
      messageId: id,
      articleId,
      eventType: envelope.type,
    });
    try {
      const outcome = await inMessageSpan(trace, () => this.transport.handleDirect(envelope, origin));
      return { articleId, status: outcome === 'duplicate' ? 'duplicate' : 'accepted' };
    } catch (error) {
      if (isPermanent(error)) throw new UnprocessableEntityException(error.message);
      throw error;
    }
  }

  /** A raw body as a submission; without a text/html or text/plain header, admitSubmission sniffs the type. */
  private fromRawBody(text: string, contentType: string | undefined, url?: string, source?: string): object {
    const declared = contentType?.split(';')[0].trim().toLowerCase();
    return {
      content: text,
      ...(declared === 'text/html' || declared === 'text/plain' ? { contentType: declared } : {}),
      ...(url ? { url } : {}),
      ...(source ? { source } : {}),
    };
  }
}
