import { readFileSync } from 'fs';
import * as path from 'path';
import { articleIdForContentHash, submissionContentHash } from '@newswire/contracts';
import type { ArticleInput } from '@newswire/extraction';
import { loadExtractionCorpus, SHARED } from './corpora';

/** An article as the pipeline benchmarks submit it, with the id ingest will derive for it. */
export interface Submission {
  articleId: string;
  payload: { content: string; contentType: 'text/html' | 'text/plain' };
}

function submission(content: string, contentType: 'text/html' | 'text/plain'): Submission {
  return { articleId: articleIdForContentHash(submissionContentHash(contentType, content, null, null)), payload: { content, contentType } };
}

/** The article-extraction corpus's pages, repeated as needed and made distinct by a leading comment. */
export function realPageSubmissions(articles: number): Submission[] {
  const corpus = loadExtractionCorpus();
  return Array.from({ length: articles }, (_, i) =>
    submission(`<!-- copy ${Math.floor(i / corpus.length)} -->\n${corpus[i % corpus.length].html}`, 'text/html'),
  );
}

/** The sample article as plain text (about 5 KB), made distinct by its first sentence. */
export function smallArticleSubmissions(articles: number): Submission[] {
  const sample = readFileSync(path.join(SHARED, 'samples/korea-herald-nk-talks.txt'), 'utf8');
  return Array.from({ length: articles }, (_, i) => submission(sample.replace('A flurry', `Dispatch ${i}: a flurry`), 'text/plain'));
}

/** What parseArticle reads of a submission, as the parse stage hands it over. */
export function parseInput({ payload }: Submission): ArticleInput {
  return payload.contentType === 'text/html' ? { html: payload.content } : { text: payload.content, contentType: payload.contentType };
}
