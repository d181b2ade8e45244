import * as fs from 'fs';
import * as path from 'path';

// Reader for the CoNLL-2003 files in ../shared (never copied into the repo).
export const CONLL_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpora', 'conll2003');

export interface ConllDoc {
  /** sentences of tokens */
  tokens: string[][];
  /** IOB2 tags, parallel to tokens */
  tags: string[][];
}

// Out-of-domain sets in the same layout, for error analysis only (never training).
export const NER_EXTRA_DIR = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpora', 'ner-extra');
export const NER_EXTRA_SETS = ['europarl-en', 'crossner-politics'] as const;

/** Train and dev only: the test split is never read, trained on or tuned against (it is the held-out check). */
export function readConll(split: 'train' | 'dev'): ConllDoc[] {
  return readConllFile(path.join(CONLL_DIR, `${split}.txt`));
}

/**
 * An ner-extra set: it has no document boundaries, so each sentence (a paragraph in crossner) is
 * scored as a document of its own — no document-level evidence leaks between unrelated texts.
 */
export function readNerExtra(name: (typeof NER_EXTRA_SETS)[number]): ConllDoc[] {
  return readConllFile(path.join(NER_EXTRA_DIR, `${name}.txt`)).flatMap((d) => d.tokens.map((tokens, s) => ({ tokens: [tokens], tags: [d.tags[s]] })));
}

/** `token ... TAG` per line, blank lines between sentences, -DOCSTART- lines between documents. */
export function readConllFile(file: string): ConllDoc[] {
  const raw = fs.readFileSync(file, 'utf8');
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | undefined;
  let sent: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (sent.length) {
      if (!doc) docs.push((doc = { tokens: [], tags: [] }));
      doc.tokens.push(sent);
      doc.tags.push(tags);
    }
    sent = [];
    tags = [];
  };
  for (const line of raw.split('\n')) {
    const l = line.trimEnd();
    if (!l) {
      flush();
      continue;
    }
    const parts = l.split(' ');
    if (parts[0] === '-DOCSTART-') {
      flush();
      doc = undefined;
      continue;
    }
    sent.push(parts[0]);
    tags.push(parts[parts.length - 1]);
  }
  flush();
  return docs;
}

/** The plain text an outside check feeds: tokens joined by spaces, sentences by newlines; with token offsets. */
export function docText(doc: ConllDoc): { text: string; starts: number[]; ends: number[]; tags: string[] } {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  const tags: string[] = [];
  doc.tokens.forEach((sent, s) => {
    if (s > 0) text += '\n';
    sent.forEach((tok, k) => {
      if (k > 0) text += ' ';
      starts.push(text.length);
      text += tok;
      ends.push(text.length);
      tags.push(doc.tags[s][k]);
    });
  });
  return { text, starts, ends, tags };
}

/** The entity spans of one sentence's IOB2 tags: [start, end) token ranges with their type. */
export function entitySpans(tags: string[]): Array<{ start: number; end: number; type: string }> {
  const out: Array<{ start: number; end: number; type: string }> = [];
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] === 'O') continue;
    const type = tags[k].slice(2);
    let e = k + 1;
    while (e < tags.length && tags[e] === `I-${type}`) e++;
    out.push({ start: k, end: e, type });
    k = e - 1;
  }
  return out;
}

/** conlleval-style chunks (type, first token, last token) from IOB2 tags. */
export function chunks(tags: string[]): Set<string> {
  const out = new Set<string>();
  let type = '';
  let start = -1;
  const close = (end: number): void => {
    if (type) out.add(`${type}:${start}:${end}`);
    type = '';
  };
  tags.forEach((t, k) => {
    const [bi, ty] = t === 'O' ? ['O', ''] : [t.slice(0, 1), t.slice(2)];
    if (bi === 'O') close(k - 1);
    else if (bi === 'B' || ty !== type) {
      close(k - 1);
      type = ty;
      start = k;
    }
  });
  close(tags.length - 1);
  return out;
}

export interface Scores {
  perType: Record<string, { tp: number; fp: number; fn: number }>;
}

export function score(goldDocs: string[][], predDocs: string[][]): Record<string, { p: number; r: number; f: number; tp: number; fp: number; fn: number }> {
  const acc: Record<string, { tp: number; fp: number; fn: number }> = {};
  const get = (t: string) => (acc[t] ??= { tp: 0, fp: 0, fn: 0 });
  for (const t of ['PER', 'ORG', 'LOC', 'MISC']) get(t);
  goldDocs.forEach((g, d) => {
    const gs = chunks(g);
    const ps = chunks(predDocs[d]);
    for (const c of ps) {
      const t = c.split(':')[0];
      if (gs.has(c)) get(t).tp++;
      else get(t).fp++;
    }
    for (const c of gs) if (!ps.has(c)) get(c.split(':')[0]).fn++;
  });
  const out: Record<string, { p: number; r: number; f: number; tp: number; fp: number; fn: number }> = {};
  const all = { tp: 0, fp: 0, fn: 0 };
  const prf = (x: { tp: number; fp: number; fn: number }) => {
    const p = x.tp + x.fp ? x.tp / (x.tp + x.fp) : 0;
    const r = x.tp + x.fn ? x.tp / (x.tp + x.fn) : 0;
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0, ...x };
  };
  for (const [t, x] of Object.entries(acc)) {
    out[t] = prf(x);
    all.tp += x.tp;
    all.fp += x.fp;
    all.fn += x.fn;
  }
  out.micro = prf(all);
  return out;
}

/** Reads character-offset entity spans back onto the CoNLL tokens (IOB2); a span must cover whole tokens. */
export function charSpansToTags(spans: Array<{ start: number; end: number; type: string }>, starts: number[], ends: number[]): string[] {
  const tags: string[] = new Array(starts.length).fill('O');
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let k = 0;
  for (const s of sorted) {
    while (k < starts.length && starts[k] < s.start) k++;
    let first = true;
    for (let j = k; j < starts.length && ends[j] <= s.end; j++) {
      if (tags[j] !== 'O') break;
      tags[j] = (first ? 'B-' : 'I-') + s.type;
      first = false;
    }
  }
  return tags;
}
