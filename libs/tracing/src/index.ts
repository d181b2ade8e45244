export * from './tracing-setup';
export * from './stage-spans';
