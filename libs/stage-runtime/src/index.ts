export * from './stage-runtime.module';
export * from './stage-runtime.tokens';
export * from './bootstrap-stage';
export * from './health.controller';
export * from './stage-event-handler';
export * from './http-security/web-session';
export { ApiKeyVerifier } from './http-security/api-key';
export * from './api-docs';
export * from './logging/stage-logging';
