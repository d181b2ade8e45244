import * as fs from 'fs';
import * as path from 'path';
import { gunzipSync } from 'zlib';

/** The shared read-only data, beside the repository. */
export const SHARED = path.resolve(__dirname, '../../../shared');

export interface ExtractionPage {
  id: string;
  url: string;
  html: string;
  text: string;
  truth: string;
}

export function loadExtractionCorpus(): ExtractionPage[] {
  const dir = path.join(SHARED, 'corpora/article-extraction');
  const truth = JSON.parse(fs.readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      url: truth[id].url,
      html: gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
      text: fs.readFileSync(path.join(dir, 'text', `${id}.txt`), 'utf8'),
      truth: truth[id].articleBody,
    }));
}

export interface MetadataLabel {
  url: string;
  title?: string;
  /** Several authors separated by "; " (one page lists them as an array). */
  author?: string | string[];
  date?: string;
  with: string[];
  without: string[];
}

export interface MetadataPage {
  id: string;
  /** Raw bytes: the corpus has pages in legacy charsets. */
  bytes: Buffer;
  label: MetadataLabel;
}

export function loadMetadataCorpus(): MetadataPage[] {
  const dir = path.join(SHARED, 'corpora/metadata');
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, MetadataLabel>;
  return Object.keys(labels)
    .sort()
    .map((id) => ({ id, bytes: gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))), label: labels[id] }));
}
