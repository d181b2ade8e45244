export * from './env-reader';
export * from './service-config';
export * from './redact-url';
export * from './connection-settings';
