// Scoring of labelled pages as the reviewers score them (issue 12): exact title/author/date, body snippets.
import { MetadataLabel } from './corpora';

export interface MetadataPrediction {
  title: string | null;
  authors: string[];
  date: string | null;
  body: string;
}

/** NFC, whitespace collapsed, case folded. */
const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const foldSpaces = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A label's authors: one string split on ';', ',', '&' and the word 'and' (a list is taken as is), folded. */
export function authorsOfLabel(author: string | string[]): string[] {
  const raw = Array.isArray(author) ? author : author.split(/;|,|&|\band\b/i);
  return raw.map(fold).filter(Boolean);
}

/** The first YYYY-MM-DD run in a publishedAt value. */
export function dayOf(publishedAt: string | null): string {
  return publishedAt?.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? '';
}

/**
 * Whether a label names a value for the field. An empty label ("" — the corpus's "the page has none")
 * does not count, as in the reviewers' scorer: their held-out counts (author 355, date 490 of 660
 * pages) match the share of non-empty labels here (183 and 238 of 330), not of all labels (283, 283).
 */
export function labelsValue(v: string | string[] | null | undefined): v is string | string[] {
  return Array.isArray(v) ? v.some((x) => x.trim() !== '') : typeof v === 'string' && v.trim() !== '';
}

export interface MetadataTally {
  title: [number, number];
  author: [number, number];
  date: [number, number];
  /** Pages labelled empty for authors and date: [pages where a value was returned anyway, such pages]. Not scored. */
  emptyAuthor: [number, number];
  emptyDate: [number, number];
  tp: number;
  fp: number;
  fn: number;
}

export function emptyTally(): MetadataTally {
  return { title: [0, 0], author: [0, 0], date: [0, 0], emptyAuthor: [0, 0], emptyDate: [0, 0], tp: 0, fp: 0, fn: 0 };
}

export function addTally(into: MetadataTally, t: MetadataTally): void {
  for (const k of ['title', 'author', 'date', 'emptyAuthor', 'emptyDate'] as const) {
    into[k][0] += t[k][0];
    into[k][1] += t[k][1];
  }
  into.tp += t.tp;
  into.fp += t.fp;
  into.fn += t.fn;
}

export interface PageVerdict {
  title?: boolean;
  author?: boolean;
  date?: boolean;
  missing: string[];
  leaked: string[];
}

export function scoreMetadataPage(label: MetadataLabel, p: MetadataPrediction, tally: MetadataTally): PageVerdict {
  const v: PageVerdict = { missing: [], leaked: [] };
  if (labelsValue(label.title)) {
    v.title = fold(label.title) === fold(p.title ?? '');
    tally.title[0] += v.title ? 1 : 0;
    tally.title[1]++;
  }
  if (labelsValue(label.author)) {
    const want = new Set(authorsOfLabel(label.author));
    const got = new Set(p.authors.map(fold).filter(Boolean));
    v.author = want.size === got.size && [...want].every((a) => got.has(a));
    tally.author[0] += v.author ? 1 : 0;
    tally.author[1]++;
  } else if (label.author === '') {
    tally.emptyAuthor[0] += p.authors.some((a) => a.trim()) ? 1 : 0;
    tally.emptyAuthor[1]++;
  }
  if (labelsValue(label.date)) {
    v.date = label.date.slice(0, 10) === dayOf(p.date);
    tally.date[0] += v.date ? 1 : 0;
    tally.date[1]++;
  } else if (label.date === '') {
    tally.emptyDate[0] += dayOf(p.date) ? 1 : 0;
    tally.emptyDate[1]++;
  }
  const snippets = tallySnippets(p.body, label, tally);
  v.missing.push(...snippets.missing);
  v.leaked.push(...snippets.leaked);
  return v;
}

/** Matches the body's snippets (matchSnippets) and counts them into the tally's tp / fn / fp. */
export function tallySnippets(body: string, label: { with: string[]; without: string[] }, tally: MetadataTally): { missing: string[]; leaked: string[] } {
  const snippets = matchSnippets(body, label);
  tally.tp += label.with.length - snippets.missing.length;
  tally.fn += snippets.missing.length;
  tally.fp += snippets.leaked.length;
  return snippets;
}

/** The "with" snippets a body lacks and the "without" snippets it holds (whitespace folded). */
export function matchSnippets(body: string, label: { with: string[]; without: string[] }): { missing: string[]; leaked: string[] } {
  const folded = foldSpaces(body);
  return {
    missing: label.with.filter((s) => !folded.includes(foldSpaces(s))),
    leaked: label.without.filter((s) => folded.includes(foldSpaces(s))),
  };
}

export function snippetScores(t: MetadataTally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
