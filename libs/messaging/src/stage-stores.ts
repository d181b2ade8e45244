import type { DataSource } from 'typeorm';
import { StageName, stageSchema } from '@newswire/contracts';
import { FailedMessageStore } from './dead-letter/failed-message-store';
import { InboxStore } from './inbox/inbox-store';
import { AttachmentSource } from './outbox/outbox-attachments';
import { OutboxStore } from './outbox/outbox-store';

/** The messaging tables of one stage's schema, built once per process and shared by whatever needs them. */
export interface StageStores {
  inbox: InboxStore;
  outbox: OutboxStore;
  failures: FailedMessageStore;
}

export function createStageStores(dataSource: DataSource, stage: StageName, attachments?: AttachmentSource): StageStores {
  const schema = stageSchema(stage);
  return {
    inbox: new InboxStore(schema),
    outbox: new OutboxStore(dataSource, schema, attachments),
    failures: new FailedMessageStore(dataSource, schema),
  };
}
