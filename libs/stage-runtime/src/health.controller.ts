import { Controller, Get, HttpException, HttpStatus, Inject } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { StageStatus } from './stage-status';

/** Liveness and readiness of a stage: used by Docker health checks and the tests. */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(StageStatus) private readonly status: StageStatus,
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
}
