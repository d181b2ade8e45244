// Dates and authors in the page state that inline scripts carry: the JSON a site's front-end framework
// boots from (__NEXT_DATA__, window.__INITIAL_STATE__, Nuxt), analytics data layers
// (dataLayer.push({author: ...})) and JSON data blocks. Not schema.org: the keys are each CMS's own, so
// they are read by name ("publishedAt", "published_at", "datePublished", ...) and proposed as
// candidates of their own sources; the choice model learns how far to trust them.
import { MAX_SCRIPT_CHARS } from '../html/dom';
import { parseMachineDate } from './dates';

/** What the page's inline scripts say about publication, modification and creation dates, and authors. */
export interface PageState {
  published: string[];
  modified: string[];
  created: string[];
  /** Raw author credits (names, or a byline string), first key's first. */
  authors: string[];
}

const PUBLISHED_KEYS =
  'datePublished|date_published|publishedAt|published_at|publishDate|publish_date|publishedDate|published_date|publicationDate|publication_date|firstPublished(?:At|Date)?|first_published(?:_at|_date)?|firstPublishDate|pubDate|pub_date|published_time|publishedTime|article:published_time|releaseDate|release_date';
const MODIFIED_KEYS =
  'dateModified|date_modified|modifiedAt|modified_at|modifiedDate|modified_date|updatedAt|updated_at|lastModified|last_modified|dateUpdated|modified_time|modifiedTime|article:modified_time';
const CREATED_KEYS = 'dateCreated|date_created|createdAt|created_at|creationDate|created_date';
// A key (quoted, bare, or quoted inside a JSON string: \"key\"), then its value: a string or a Unix time.
// One pass over a script for all three kinds; the character before the key is checked in code, which
// keeps the scan to the keys' own letters (inline scripts run to hundreds of kilobytes).
const DATE_KEY = new RegExp(
  `(${PUBLISHED_KEYS}|${MODIFIED_KEYS}|${CREATED_KEYS})\\\\?["']?\\s*[:=]\\s*(?:\\\\?["']([^"'\\\\]{4,40})\\\\?["']|(\\d{10}(?:\\d{3})?)(?![\\d.]))`,
  'g',
);
const KIND_OF_KEY = new Map<string, 'published' | 'modified' | 'created'>([
  ...PUBLISHED_KEYS.split('|').map((k) => [k, 'published'] as const),
  ...MODIFIED_KEYS.split('|').map((k) => [k, 'modified'] as const),
  ...CREATED_KEYS.split('|').map((k) => [k, 'created'] as const),
]);
// Parts every date key holds, and every author key: a script with none of them is not scanned (a plain
// substring search is many times cheaper than the keys' pattern).
const DATE_HINTS = ['ublish', 'ublication', 'ubDate', 'ub_date', 'elease', 'odified', 'pdated', 'reated', 'reation'];
const AUTHOR_HINTS = ['uthor', 'yline', 'reator', 'riter'];
const KEY_OPENER = /[\\"'{,\s]/;

const AUTHOR = /(?:\\?["']|[{,\s])(authors?|authorName|author_name|authorsName|byline|creator|writer)\\?["']?\s*[:=]\s*/g;
const NAME_IN_OBJECT = /\\?["'](?:name|displayName|display_name|fullName|full_name|fullname)\\?["']\s*:\s*\\?["']([^"'\\]{2,80})\\?["']/g;

// Enough values of each kind; scripts beyond the document's budget for them are not scanned.
const MAX_VALUES = 3;
const MAX_SCAN = MAX_SCRIPT_CHARS;

/** A Unix time (seconds or milliseconds) as a UTC instant, else the value read as a machine date. */
function dateValue(text: string | undefined, unix: string | undefined): string | null {
  if (unix) {
    const ms = unix.length === 13 ? +unix : +unix * 1000;
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    return y >= 1990 && y <= new Date().getUTCFullYear() + 1 ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  }
  // Only values that start like a date: "2020-05-04T...", "20200504", "May 4, 2020"; not ids or words.
  if (!text || !/^\s*(?:\d{4}[-/]?\d{2}|\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}[ .]\p{L}+[ .]\d{4})/u.test(text)) return null;
  return parseMachineDate(text);
}

/**
 * The kind of date a key names. Every modified and created key is written out in full, so a key the
 * table does not hold is one of the published keys' patterns (firstPublishedAt, first_published_date).
 */
function kindOfKey(key: string): 'published' | 'modified' | 'created' {
  return KIND_OF_KEY.get(key) ?? 'published';
}

/** Adds the script's dates under each kind of key to the state, up to MAX_VALUES distinct values of each. */
function addDates(text: string, state: PageState): void {
  DATE_KEY.lastIndex = 0;
  for (let m = DATE_KEY.exec(text); m; m = DATE_KEY.exec(text)) {
    if (m.index > 0 && !KEY_OPENER.test(text[m.index - 1])) continue;
    const into = state[kindOfKey(m[1])];
    if (into.length >= MAX_VALUES) {
      if (state.published.length >= MAX_VALUES && state.modified.length >= MAX_VALUES && state.created.length >= MAX_VALUES) return;
      continue;
    }
    const v = dateValue(m[2], m[3]);
    if (v && !into.includes(v)) into.push(v);
  }
}

/** The names an author key's value gives: a string, or the names of an object or a list of them. */
function authorValue(text: string, at: number): string[] {
  const open = text[at];
  if (open === '"' || open === "'" || (open === '\\' && (text[at + 1] === '"' || text[at + 1] === "'"))) {
    const m = /^\\?(["'])([^"'\\]{2,120})\\?\1/.exec(text.slice(at, at + 130));
    return m ? [m[2]] : [];
  }
  if (open !== '{' && open !== '[') return [];
  // The object or list, up to its closing bracket (strings are not parsed: names hold no brackets).
  let depth = 0;
  let end = at;
  for (; end < text.length && end < at + 2000; end++) {
    const c = text[end];
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (--depth === 0) break;
    }
  }
  const body = text.slice(at, end + 1);
  // A list of plain strings: ["Jane Doe", "John Roe"].
  if (open === '[' && /^\[\s*\\?["']/.test(body)) return [...body.matchAll(/\\?["']([^"'\\]{2,80})\\?["']/g)].map((m) => m[1]).slice(0, 6);
  const names: string[] = [];
  NAME_IN_OBJECT.lastIndex = 0;
  for (let m = NAME_IN_OBJECT.exec(body); m && names.length < 6; m = NAME_IN_OBJECT.exec(body)) names.push(m[1]);
  // Only the first object's name where the value is one object (its other names are nested things').
  return open === '{' ? names.slice(0, 1) : names;
}

/** A name written as an address slug ("jane-doe", "jane_doe") as words ("Jane Doe"); other values as they are. */
export function unslug(name: string): string {
  if (!/^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+)+$/u.test(name)) return name;
  return name
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/** Reads dates and authors from the page's inline scripts. */
export function readPageState(scripts: string[]): PageState {
  const state: PageState = { published: [], modified: [], created: [], authors: [] };
  let scanned = 0;
  for (const text of scripts) {
    if (scanned >= MAX_SCAN) break;
    const t = text.length + scanned > MAX_SCAN ? text.slice(0, MAX_SCAN - scanned) : text;
    scanned += t.length;
    if (DATE_HINTS.some((h) => t.includes(h))) addDates(t, state);
    if (!state.authors.length && AUTHOR_HINTS.some((h) => t.includes(h))) {
      AUTHOR.lastIndex = 0;
      for (let m = AUTHOR.exec(t); m && !state.authors.length; m = AUTHOR.exec(t)) state.authors = authorValue(t, m.index + m[0].length).map(unslug);
    }
  }
  return state;
}
