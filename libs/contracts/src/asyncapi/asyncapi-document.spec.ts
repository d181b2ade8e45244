import { readFileSync } from 'fs';
import * as path from 'path';
import { ALL_EVENT_TYPES } from '../event-types';
import { buildAsyncApiDocument, renderAsyncApiDocument } from './asyncapi-document';

describe('AsyncAPI document', () => {
  it('is what the contracts generate (run `npm run docs:asyncapi` after changing an event)', () => {
    const checkedIn = readFileSync(path.resolve(__dirname, '../../../../docs/asyncapi.json'), 'utf8');
    expect(checkedIn).toBe(renderAsyncApiDocument());
  });

  it('has a channel per routing key and a message per schema version, envelopes included', () => {
    const doc = buildAsyncApiDocument() as {
      channels: Record<string, { address: string }>;
      components: { messages: Record<string, { payload: { properties: Record<string, { const?: unknown }>; required: string[] } }> };
    };
    expect(Object.values(doc.channels).map((c) => c.address)).toEqual([...ALL_EVENT_TYPES]);
    const enrichedV2 = doc.components.messages.articleEnrichedV2.payload;
    expect(enrichedV2.properties.version.const).toBe(2);
    expect(enrichedV2.required).toEqual(expect.arrayContaining(['id', 'type', 'version', 'articleId', 'payload']));
    expect(Object.keys(doc.components.messages)).toEqual(
      expect.arrayContaining(['articleSubmittedV1', 'articleIngestedV1', 'articleParsedV1', 'articleEnrichedV1', 'articlePublishedV1']),
    );
  });
});
