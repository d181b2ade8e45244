export * from './stage-data-source';
export * from './stage-schemas';
export * from './stage-migration';
export * from './database-errors';
export * from './least-privilege/stage-roles';
export * from './prepared-query';
export * from './parsed-article-row';
