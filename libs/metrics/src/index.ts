export * from './messaging-metrics';
export * from './stage-metrics';
export * from './sampling';
