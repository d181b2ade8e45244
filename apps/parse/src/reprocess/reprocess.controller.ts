import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ReprocessPage } from '@newswire/contracts';
import { AmqpStageTransport } from '@newswire/messaging';
import { parseReprocessRequest, reprocessPage } from '@newswire/stage-runtime';
import { STORED_PARSED_ARTICLES } from './stored-parsed-articles';

/**
 * POST /reprocess: the entity-extract stage runs again over the parsed articles parse keeps (after a
 * better model ships); `newswire reprocess --stage entity-extract` pages through it.
 */
@Controller('reprocess')
export class ReprocessController {
  constructor(private readonly transport: AmqpStageTransport) {}

  @Post()
  @HttpCode(200)
  reprocess(@Body() body: unknown): Promise<ReprocessPage> {
    return reprocessPage(this.transport, STORED_PARSED_ARTICLES, parseReprocessRequest(body));
  }
}
