import type { EntityAnnotation, ParsedArticleFields } from '@newswire/contracts';

/** The published, entity-annotated document as the API serves it: the parsed article, its body and its entities. */
export interface PublishedDocument extends ParsedArticleFields {
  id: string;
  body: string;
  /** Mentions carry their text, read back from `body`. */
  entities: Array<Omit<EntityAnnotation, 'mentions'> & { mentions: Array<{ start: number; end: number; text: string }> }>;
  createdAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  createdAt: string;
}
