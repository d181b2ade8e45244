import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import type { StageName } from '@newswire/contracts';
import { sampleQueues } from '@newswire/messaging';
import { STAGE_NAME } from './stage-runtime.tokens';
import { StageStatus } from './stage-status';

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
    @Inject(StageStatus) private readonly status: StageStatus,
    @Inject(STAGE_NAME) private readonly stage: StageName,
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
  ) {}

  @Get()
  async check(): Promise<{ status: 'ok'; database: 'up'; broker: 'up' }> {
    const broker = this.status.transport?.connection.isConnected ? 'up' : 'down';
    const database = await this.dataSource.query('SELECT 1').then(
      () => 'up',
      () => 'down',
    );
    if (broker !== 'up' || database !== 'up' || this.status.shuttingDown) {
      throw new HttpException({ status: 'unavailable', database, broker, shuttingDown: this.status.shuttingDown }, HttpStatus.SERVICE_UNAVAILABLE);
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
            const transport = this.status.transport;
            if (!transport?.connection.isConnected) throw new Error('not connected to RabbitMQ');
            // A round trip on a fresh channel: the broker answers and the stage's queue is there.
            const [queue] = await sampleQueues(transport.connection, [{ name: transport.topology.queue(this.stage), kind: 'work' }]);
            return { consumers: queue.consumers };
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
      () => (this.status.shuttingDown ? this.indicators.check('lifecycle').down('shutting down') : this.indicators.check('lifecycle').up()),
    ]);
  }
}
