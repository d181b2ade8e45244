/** The published, entity-annotated document as the API serves it. */
export interface PublishedDocument {
  id: string;
  url: string | null;
  canonicalUrl: string | null;
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  paragraphs: string[];
  body: string;
  wordCount: number;
  entities: Array<{
    id: string;
    type: string;
    name: string;
    salience: number;
    inTitle: boolean;
    mentions: Array<{ start: number; end: number; text: string }>;
  }>;
  createdAt: string;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  createdAt: string;
}
