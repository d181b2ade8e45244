export * from './stage-runtime.module';
export * from './stage-runtime.tokens';
export * from './stage-status';
export * from './bootstrap-stage';
export * from './health.controller';
export * from './api-docs';
export * from './logging/stage-logging';
