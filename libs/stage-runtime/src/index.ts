export * from './stage-runtime.module';
export * from './stage-runtime.tokens';
export * from './bootstrap-stage';
export * from './health.controller';
export * from './stage-event-handler';
