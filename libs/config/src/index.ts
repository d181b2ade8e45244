export * from './env-reader';
export * from './service-config';
