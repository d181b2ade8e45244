import type { EntityAnnotationV2, ParsedArticleFields } from '@newswire/contracts';

/** The published, entity-annotated document as the API serves it: the parsed article, its body and its entities. */
export interface PublishedDocument extends ParsedArticleFields {
  id: string;
  body: string;
  /**
   * Mentions carry their text, read back from `body`, and the type each was read with (absent for
   * documents enriched by a v1 event); `derivedFrom` links a nationality word to its country's entity.
   */
  entities: Array<Omit<EntityAnnotationV2, 'mentions'> & { mentions: Array<{ start: number; end: number; text: string; type?: EntityAnnotationV2['type'] }> }>;
  createdAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  createdAt: string;
}
