import * as fs from 'fs';
import * as path from 'path';
import { gunzipSync } from 'zlib';
import { loadMetadataCorpus, MetadataLabel, SHARED } from './corpora';

/** A labelled page of one collection: the metadata corpus or a folder of metadata-extra. */
export interface LabelledPage {
  /** Collection-qualified, so folds never mix two pages that share a name. */
  id: string;
  collection: string;
  bytes: Buffer;
  label: MetadataLabel;
  /** What the metadata model learns from: the label, less fields that follow another extractor's convention. */
  trainingLabel: MetadataLabel;
}

interface ExtraLabel {
  url?: string;
  title?: string;
  author?: string;
  date?: string;
}

// Readability's, metascraper's and goose3's titles are their own generic output (the document title or
// og:title, the site's name kept: "Bob Dylan - Wikipedia"), where the labels want the publisher's
// headline: scored, not learned from.
const TITLE_NOT_LEARNED = new Set(['readability', 'metascraper', 'goose3']);

// Readability's labels are its raw byline ("By Jane Doe", "Par ..."): the credit word is not a name.
const BYLINE_WORD = /^\s*(?:written\s+by|by|par|von)\s+/i;

/** One folder's label in the metadata corpus's shape, after that folder's documented conventions. */
function asLabel(collection: string, l: ExtraLabel): MetadataLabel {
  const author = l.author !== undefined && collection === 'readability' ? l.author.replace(BYLINE_WORD, '') : l.author;
  return { url: l.url ?? '', title: l.title, author, date: l.date, with: [], without: [] };
}

/** The metadata corpus and every metadata-extra folder that labels a title, an author or a date. */
export function loadLabelledPages(): LabelledPage[] {
  const pages: LabelledPage[] = loadMetadataCorpus().map((p) => ({
    id: `metadata/${p.id}`,
    collection: 'metadata',
    bytes: p.bytes,
    label: p.label,
    trainingLabel: p.label,
  }));
  const extra = path.join(SHARED, 'corpora/metadata-extra');
  for (const collection of fs.readdirSync(extra).sort()) {
    const file = path.join(extra, collection, 'labels.json');
    if (!fs.existsSync(file)) continue;
    const labels = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, ExtraLabel>;
    for (const id of Object.keys(labels).sort()) {
      const l = labels[id];
      if (l.title === undefined && l.author === undefined && l.date === undefined) continue;
      const bytes = gunzipSync(fs.readFileSync(path.join(extra, collection, 'html', `${id}.html.gz`)));
      const label = asLabel(collection, l);
      const trainingLabel = TITLE_NOT_LEARNED.has(collection) ? { ...label, title: undefined } : label;
      pages.push({ id: `${collection}/${id}`, collection, bytes, label, trainingLabel });
    }
  }
  return pages;
}
