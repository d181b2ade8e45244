import { Controller, Get, HttpException, HttpStatus, OnModuleDestroy } from '@nestjs/common';
import { Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import { AmqpStageTransport, StageTransportStatus } from '@newswire/messaging';

/** Liveness and readiness of a stage: used by Docker health checks and the tests. */
@Controller('health')
export class HealthController implements OnModuleDestroy {
  private transportStatus: StageTransportStatus = 'disconnected';
  private readonly subscription: Subscription;

  constructor(
    private readonly dataSource: DataSource,
    transport: AmqpStageTransport,
  ) {
    this.subscription = transport.status.subscribe((status) => (this.transportStatus = status));
  }

  @Get()
  async check(): Promise<{ status: 'ok'; database: 'up'; broker: 'up' }> {
    const shuttingDown = this.transportStatus === 'closing';
    const broker = this.transportStatus === 'connected' ? 'up' : 'down';
    const database = await this.dataSource.query('SELECT 1').then(
      () => 'up',
      () => 'down',
    );
    if (broker !== 'up' || database !== 'up') {
      throw new HttpException({ status: 'unavailable', database, broker, shuttingDown }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    return { status: 'ok', database: 'up', broker: 'up' };
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }
}
