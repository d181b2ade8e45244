import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { StageMetrics } from '@newswire/metrics';

/** Prometheus scrape endpoint (text exposition format); open without an API key, like the health probes. */
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(StageMetrics) private readonly metrics: StageMetrics) {}

  @Get()
  async scrape(@Res() response: Response): Promise<void> {
    response.type(this.metrics.contentType).send(await this.metrics.exposition());
  }
}
