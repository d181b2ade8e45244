import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { ErrorResponse, ReprocessPage, ReprocessRequest } from '@newswire/contracts';
import { AmqpStageTransport } from '@newswire/messaging';
import { parseReprocessRequest, reprocessPage } from '@newswire/stage-runtime';
import { STORED_RAW_ARTICLES } from './stored-raw-articles';

/**
 * POST /reprocess: the parse stage runs again over the raw articles ingest keeps (after a better
 * parser ships); `newswire reprocess --stage parse` pages through it.
 */
@ApiTags('reprocess')
@ApiSecurity('api-key')
@Controller('reprocess')
export class ReprocessController {
  constructor(private readonly transport: AmqpStageTransport) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Re-emit a page of stored raw articles (article.ingested at a new revision)',
    description:
      'Selects raw articles by id and/or receipt time, in id order after `after`, and re-emits each one not yet at `revision` ' +
      '(picked by the service on the first page). Parse replaces its output and every later stage follows; publish keeps the older version in its history.',
    requestBody: {
      required: true,
      content: { 'application/json': { schema: z.toJSONSchema(ReprocessRequest, { target: 'openapi-3.0', io: 'input' }) as object } },
    },
  })
  @ApiResponse({ status: 200, description: 'The page was committed and its events published.', standardSchema: ReprocessPage })
  @ApiResponse({ status: 400, description: 'An invalid request.', standardSchema: ErrorResponse })
  reprocess(@Body() body: unknown): Promise<ReprocessPage> {
    return reprocessPage(this.transport, STORED_RAW_ARTICLES, parseReprocessRequest(body));
  }
}
