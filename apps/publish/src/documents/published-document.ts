/** The published document as the API serves it: types inferred from the HTTP API's zod schemas in @newswire/contracts. */
export type { DocumentSummary, PublishedDocument } from '@newswire/contracts';
