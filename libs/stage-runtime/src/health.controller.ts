import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { AmqpStageTransport } from '@newswire/messaging';

/** A readiness check that does not answer in this time counts as down. */
const CHECK_TIMEOUT_MS = 2000;

/**
 * Health the Kubernetes way: `/health/live` (the process answers; restart it if not),
 * `/health/ready` (send it work: broker and database answer, migrations done, not shutting down),
 * and `/health`, the combined check Docker's HEALTHCHECK and the tests use.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: AmqpStageTransport,
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
  ) {}

  @Get()
  async check(): Promise<{ status: 'ok'; database: 'up'; broker: 'up' }> {
    const shuttingDown = this.transport.currentStatus === 'closing';
    const broker = this.transport.currentStatus === 'connected' ? 'up' : 'down';
    const database = await this.dataSource.query('SELECT 1').then(
      () => 'up',
      () => 'down',
    );
    if (broker !== 'up' || database !== 'up') {
      throw new HttpException({ status: 'unavailable', database, broker, shuttingDown }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: 'up', broker: 'up' };
  }

  /** Answers while the event loop runs: liveness depends on nothing outside the process. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () =>
        this.indicators
          .check('broker')
          .attempt(async () => {
            if (this.transport.currentStatus !== 'connected') throw new Error('not connected to RabbitMQ');
            // A round trip on a fresh channel: the broker answers and the stage's queues are there.
            const queues = await this.transport.sampleQueues();
            return { consumers: queues.find((queue) => queue.kind === 'work')?.consumers ?? 0 };
          })
          .withTimeout(CHECK_TIMEOUT_MS),
      () =>
        this.indicators
          .check('database')
          .attempt(() => this.dataSource.query('SELECT 1'))
          .withTimeout(CHECK_TIMEOUT_MS),
      () =>
        this.indicators
          .check('migrations')
          .attempt(async () => {
            if (await this.dataSource.showMigrations()) throw new Error('migrations pending');
          })
          .withTimeout(CHECK_TIMEOUT_MS),
      () => (this.transport.currentStatus === 'closing' ? this.indicators.check('lifecycle').down('shutting down') : this.indicators.check('lifecycle').up()),
    ]);
  }
}
