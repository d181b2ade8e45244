import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { spawnSync } from 'child_process';
import { gunzipSync } from 'zlib';
import { decodeContent } from '@newswire/extraction';
import { SHARED, loadExtractionCorpus, loadMetadataCorpus } from './corpora';

/**
 * A page with a body label, from any collection: `truth` is a full expected body (scored with the
 * shingle metric), `prefix` the first words of one (scored by whether the body starts with them),
 * `snippets` passages it must and must not hold.
 */
export interface BodyPage {
  collection: string;
  id: string;
  url?: string;
  html: string;
  /** A w3m dump of the page: the corpus's own, or rendered here when w3m is installed. */
  text: string | null;
  truth?: string;
  prefix?: string;
  /** Snippets the body must hold and must not (the metadata corpus's labels). */
  snippets?: { with: string[]; without: string[] };
}

// metadata-extra collections that label bodies (see its README): full bodies or body prefixes.
export const EXTRA_BODY_COLLECTIONS = ['readability', 'newspaper3k', 'postlight-parser', 'goose3'];

interface ExtraLabel {
  url?: string;
  body?: string;
  body_prefix?: string;
}

/** The benchmark's own pages (article-extraction) first, then the metadata-extra pages with a body label, then the metadata corpus's pages with body snippets. */
export function loadBodyCollections(): Map<string, BodyPage[]> {
  const out = new Map<string, BodyPage[]>();
  out.set(
    'article-extraction',
    loadExtractionCorpus().map((p) => ({ collection: 'article-extraction', id: p.id, url: p.url, html: p.html, text: p.text, truth: p.truth })),
  );
  for (const collection of EXTRA_BODY_COLLECTIONS) {
    const dir = path.join(SHARED, 'corpora/metadata-extra', collection);
    const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Record<string, ExtraLabel>;
    const pages: BodyPage[] = [];
    for (const id of Object.keys(labels).sort()) {
      const l = labels[id];
      if (!l.body && !l.body_prefix) continue;
      const html = decodeContent(gunzipSync(fs.readFileSync(path.join(dir, 'html', `${id}.html.gz`))), 'text/html');
      pages.push({
        collection,
        id: `${collection}/${id}`,
        url: l.url && /^https?:\/\//.test(l.url) ? l.url : undefined,
        html,
        text: renderDump(html),
        truth: l.body,
        prefix: l.body ? undefined : l.body_prefix,
      });
    }
    out.set(collection, pages);
  }
  // The metadata corpus labels bodies by snippets, on pages of kinds the other collections lack
  // (German and institutional pages among them).
  out.set(
    'metadata',
    loadMetadataCorpus()
      .filter((p) => p.label.with.length || p.label.without.length)
      .map((p) => {
        const html = decodeContent(p.bytes, 'text/html');
        return {
          collection: 'metadata',
          id: `metadata/${p.id}`,
          url: /^https?:\/\//.test(p.label.url) ? p.label.url : undefined,
          html,
          text: renderDump(html),
          snippets: { with: p.label.with, without: p.label.without },
        };
      }),
  );
  return out;
}

const CACHE = path.join(os.tmpdir(), 'newswire-w3m-dumps');
let w3mMissing = false;

/**
 * The page as the corpus README renders its dumps (`w3m -dump -T text/html -I UTF-8 -O UTF-8`),
 * cached in the temp directory by content hash (never committed); null when w3m is not installed.
 */
function renderDump(html: string): string | null {
  if (w3mMissing) return null;
  const key = createHash('sha256').update(html).digest('hex').slice(0, 32);
  const file = path.join(CACHE, `${key}.txt`);
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  const r = spawnSync('w3m', ['-dump', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8'], { input: html, maxBuffer: 64 << 20, timeout: 30000 });
  if (r.error) {
    w3mMissing = true;
    return null;
  }
  const text = r.stdout.toString('utf8');
  fs.mkdirSync(CACHE, { recursive: true });
  fs.writeFileSync(file, text);
  return text;
}
