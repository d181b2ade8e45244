import { MigrationInterface } from 'typeorm';
import { StageName, stageSchema } from '@newswire/contracts';
import { CreateIngestSchema1764300000000 } from './migrations/ingest/1764300000000-create-ingest-schema';
import { CreateParseSchema1764300000000 } from './migrations/parse/1764300000000-create-parse-schema';
import { CreateEntityExtractSchema1764300000000 } from './migrations/entity_extract/1764300000000-create-entity-extract-schema';
import { CreatePublishSchema1764300000000 } from './migrations/publish/1764300000000-create-publish-schema';

import { CompressIngestLargeColumns1764400000000 } from './migrations/ingest/1764400000000-compress-large-columns';
import { CompressParseLargeColumns1764400000000 } from './migrations/parse/1764400000000-compress-large-columns';
import { CompressEntityExtractLargeColumns1764400000000 } from './migrations/entity_extract/1764400000000-compress-large-columns';
import { CompressPublishLargeColumns1764400000000 } from './migrations/publish/1764400000000-compress-large-columns';

import { IndexIngestInboxByAge1764500000000 } from './migrations/ingest/1764500000000-index-inbox-by-age';
import { IndexParseInboxByAge1764500000000 } from './migrations/parse/1764500000000-index-inbox-by-age';
import { IndexEntityExtractInboxByAge1764500000000 } from './migrations/entity_extract/1764500000000-index-inbox-by-age';
import { IndexPublishInboxByAge1764500000000 } from './migrations/publish/1764500000000-index-inbox-by-age';

import { AddEntityExtractMentionTypes1764600000000 } from './migrations/entity_extract/1764600000000-add-mention-types';
import { AddPublishReadModel1765000000000 } from './migrations/publish/1765000000000-add-read-model';

import { IngestOutboxBodyAsBytes1765300000000 } from './migrations/ingest/1765300000000-outbox-body-as-bytes';
import { ParseOutboxBodyAsBytes1765300000000 } from './migrations/parse/1765300000000-outbox-body-as-bytes';
import { EntityExtractOutboxBodyAsBytes1765300000000 } from './migrations/entity_extract/1765300000000-outbox-body-as-bytes';
import { PublishOutboxBodyAsBytes1765300000000 } from './migrations/publish/1765300000000-outbox-body-as-bytes';

import { AddIngestFetchedAt1765200000000 } from './migrations/ingest/1765200000000-add-fetched-at';

import { AddIngestReprocessRevision1765400000000 } from './migrations/ingest/1765400000000-add-reprocess-revision';
import { AddParseReprocessRevision1765400000000 } from './migrations/parse/1765400000000-add-reprocess-revision';
import { AddEntityExtractArticleRevisions1765400000000 } from './migrations/entity_extract/1765400000000-add-article-revisions';
import { DropEntityExtractUnusedEntityIndex1765600000000 } from './migrations/entity_extract/1765600000000-drop-unused-entity-index';
import { AddPublishDocumentVersions1765400000000 } from './migrations/publish/1765400000000-add-document-versions';
import { DropPublishUnusedEntityIndexIndexes1765500000000 } from './migrations/publish/1765500000000-drop-unused-entity-index-indexes';
import { CompressPublishSearchVector1765700000000 } from './migrations/publish/1765700000000-compress-search-vector';
import { DropPublishUnusedCreatedAtIndex1765800000000 } from './migrations/publish/1765800000000-drop-unused-created-at-index';

import { AddIngestOutboxTraceContext1765100000000 } from './migrations/ingest/1765100000000-add-outbox-trace-context';
import { AddParseOutboxTraceContext1765100000000 } from './migrations/parse/1765100000000-add-outbox-trace-context';
import { AddEntityExtractOutboxTraceContext1765100000000 } from './migrations/entity_extract/1765100000000-add-outbox-trace-context';
import { AddPublishOutboxTraceContext1765100000000 } from './migrations/publish/1765100000000-add-outbox-trace-context';

type MigrationClass = new () => MigrationInterface;

/** The migrations of each stage's schema, in order. */
export const STAGE_MIGRATIONS: Record<StageName, MigrationClass[]> = {
  ingest: [
    CreateIngestSchema1764300000000,
    CompressIngestLargeColumns1764400000000,
    IndexIngestInboxByAge1764500000000,
    AddIngestOutboxTraceContext1765100000000,
    AddIngestFetchedAt1765200000000,
    IngestOutboxBodyAsBytes1765300000000,
    AddIngestReprocessRevision1765400000000,
  ],
  parse: [
    CreateParseSchema1764300000000,
    CompressParseLargeColumns1764400000000,
    IndexParseInboxByAge1764500000000,
    AddParseOutboxTraceContext1765100000000,
    ParseOutboxBodyAsBytes1765300000000,
    AddParseReprocessRevision1765400000000,
  ],
  'entity-extract': [
    CreateEntityExtractSchema1764300000000,
    CompressEntityExtractLargeColumns1764400000000,
    IndexEntityExtractInboxByAge1764500000000,
    AddEntityExtractMentionTypes1764600000000,
    AddEntityExtractOutboxTraceContext1765100000000,
    EntityExtractOutboxBodyAsBytes1765300000000,
    AddEntityExtractArticleRevisions1765400000000,
    DropEntityExtractUnusedEntityIndex1765600000000,
  ],
  publish: [
    CreatePublishSchema1764300000000,
    CompressPublishLargeColumns1764400000000,
    IndexPublishInboxByAge1764500000000,
    AddPublishReadModel1765000000000,
    AddPublishOutboxTraceContext1765100000000,
    PublishOutboxBodyAsBytes1765300000000,
    AddPublishDocumentVersions1765400000000,
    DropPublishUnusedEntityIndexIndexes1765500000000,
    CompressPublishSearchVector1765700000000,
    DropPublishUnusedCreatedAtIndex1765800000000,
  ],
};

export { stageSchema };
