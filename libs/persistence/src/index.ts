export * from './entities/inbox-message.entity';
export * from './entities/outbox-message.entity';
export * from './entities/failed-message.entity';
export * from './stage-data-source';
export * from './stage-schemas';
export * from './stage-migration';
export * from './database-errors';
export * from './least-privilege/stage-roles';
