// The article-extraction benchmark's metric, as its README defines it.

/** Maximal runs of Unicode letters, digits and "_" (Python's \w+), case kept. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** Every run of n consecutive tokens, as a multiset; fewer than n tokens give one shorter shingle. */
export function shingles(tokens: string[], n = 4): Map<string, number> {
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  precision: number;
  recall: number;
  exact: boolean;
}

export function scorePage(predicted: string, truth: string): PageScore {
  const pt = tokenize(predicted);
  const tt = tokenize(truth);
  const ps = shingles(pt);
  const ts = shingles(tt);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, c] of ps) {
    const t = ts.get(k) ?? 0;
    tp += Math.min(c, t);
    fp += Math.max(0, c - t);
  }
  for (const [k, c] of ts) fn += Math.max(0, c - (ps.get(k) ?? 0));
  const exact = pt.length === tt.length && pt.every((t, i) => t === tt[i]);
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1, exact };
  return { precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0, exact };
}

export interface Summary {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

/** Precision and recall averaged over pages; F1 of the two averages; accuracy = exact token match share. */
export function summarise(scores: PageScore[]): Summary {
  const n = scores.length || 1;
  const precision = scores.reduce((s, x) => s + x.precision, 0) / n;
  const recall = scores.reduce((s, x) => s + x.recall, 0) / n;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.filter((x) => x.exact).length / n;
  return { pages: scores.length, precision, recall, f1, accuracy };
}

/**
 * Whether a body starts with the labelled first words (collections that label only the text's start):
 * compared as tokens, so whitespace and punctuation between words do not matter.
 */
export function startsWithPrefix(predicted: string, prefix: string): boolean {
  const want = tokenize(prefix);
  const got = tokenize(predicted);
  return want.length > 0 && want.every((t, i) => got[i] === t);
}
