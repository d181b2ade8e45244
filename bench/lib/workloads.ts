import { readFileSync } from 'fs';
import * as path from 'path';
import { articleIdForContentHash, submissionContentHash } from '@newswire/contracts';
import { decodeContent, parseArticle, type ArticleInput } from '@newswire/extraction';
import { loadExtractionCorpus, SHARED } from './corpora';
import { loadLabelledPages } from './metadata-corpus';

/** An article as the pipeline benchmarks submit it, with the id ingest will derive for it. */
export interface Submission {
  articleId: string;
  payload: { content: string; contentType: 'text/html' | 'text/plain' };
}

function submission(content: string, contentType: 'text/html' | 'text/plain'): Submission {
  return { articleId: articleIdForContentHash(submissionContentHash(contentType, content, null, null)), payload: { content, contentType } };
}

/**
 * Real pages, repeated as needed and made distinct by a leading comment: the article-extraction corpus's
 * 90 (143 K characters on average), or with BENCH_PAGES=labelled the labelled pages of the metadata
 * corpora (the 877 the parse stage accepts, 171 K, many languages), so that up to 877 articles each bring content
 * no stage has seen.
 */
export function realPageSubmissions(articles: number): Submission[] {
  const pages = process.env.BENCH_PAGES === 'labelled' ? labelledPageHtml() : loadExtractionCorpus().map((p) => p.html);
  return Array.from({ length: articles }, (_, i) => submission(`<!-- copy ${Math.floor(i / pages.length)} -->\n${pages[i % pages.length]}`, 'text/html'));
}

/**
 * The labelled pages the parse stage accepts (a page with no article body is dead-lettered, never
 * published, so the benchmark would wait for it), in a fixed order that mixes their collections (by content hash).
 */
function labelledPageHtml(): string[] {
  const pages = loadLabelledPages()
    .map((p) => decodeContent(p.bytes, 'text/html'))
    .filter((html) => {
      try {
        return parseArticle({ html }).paragraphs.length > 0;
      } catch {
        return false;
      }
    });
  const key = (html: string) => submissionContentHash('text/html', html, null, null);
  return pages
    .map((html) => ({ html, key: key(html) }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map((p) => p.html);
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
