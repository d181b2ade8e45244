import { BadRequestException, Controller, Get, Headers, Query, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AmqpStageTransport } from '@newswire/messaging';
import { ArticleFeed } from './article-feed';
import { ArticleStreamSession } from './article-stream';

const HEARTBEAT_MS = 15_000;

/** GET /articles/stream: newly published articles as Server-Sent Events (see read-api.types.ts). */
@Controller('articles')
export class ArticleStreamController {
  constructor(
    private readonly feed: ArticleFeed,
    private readonly transport: AmqpStageTransport,
  ) {}

  @Get('stream')
  async stream(
    @Req() request: Request,
    @Res() response: Response,
    @Headers('last-event-id') header?: string,
    @Query('lastEventId') query?: string,
  ): Promise<void> {
    const resumeFrom = header ?? query;
    if (resumeFrom !== undefined && !/^\d{1,15}$/.test(resumeFrom)) throw new BadRequestException('Last-Event-ID must be an event id this stream sent');
    if (this.transport.currentStatus === 'closing' || this.feed.isClosed) throw new ServiceUnavailableException('shutting down');
    response.status(200).set({ 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' });
    response.flushHeaders();
    const session = new ArticleStreamSession(response, this.feed, HEARTBEAT_MS);
    request.on('close', () => session.close());
    await session.start(resumeFrom === undefined ? null : Number(resumeFrom));
  }
}
