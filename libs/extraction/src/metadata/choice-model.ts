// A small learned choice among candidates (conditional logit): each candidate is a set of named
// binary features, its score the sum of their weights, the pick the best-scoring candidate.

/** One candidate value for a field, with the features that describe it. */
export interface Candidate<T> {
  value: T;
  /** The value as the scorer compares it (folded title, sorted folded names, day). */
  key: string;
  features: string[];
}

export type Weights = Record<string, number>;

/** One weight table per field. */
export interface MetadataModel {
  title: Weights;
  authors: Weights;
  date: Weights;
}

export function scoreOf(features: string[], w: Weights): number {
  let s = 0;
  for (const f of features) s += w[f] ?? 0;
  return s;
}

/** The best-scoring candidate; ties go to the earlier one. */
export function pick<T>(candidates: Candidate<T>[], w: Weights): Candidate<T> | null {
  let best: Candidate<T> | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const s = scoreOf(c.features, w);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** A training page: its candidates' features and which one is right. */
export interface ChoiceExample {
  features: string[][];
  gold: number;
}

export interface TrainingOptions {
  iterations: number;
  learningRate: number;
  /** L2 penalty per weight: keeps rare features (one site's quirk) from dominating. */
  l2: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { iterations: 600, learningRate: 0.5, l2: 0.01 };

/**
 * Fits the weights by full-batch gradient descent on the mean negative log-likelihood of the right
 * candidate (softmax over each page's candidates), with L2. Deterministic: no sampling, fixed order.
 */
export function trainChoice(examples: ChoiceExample[], options: TrainingOptions = DEFAULT_TRAINING): Weights {
  const index = new Map<string, number>();
  const encoded = examples.map((e) => ({
    gold: e.gold,
    rows: e.features.map((fs) =>
      [...new Set(fs)].map((f) => {
        let i = index.get(f);
        if (i === undefined) index.set(f, (i = index.size));
        return i;
      }),
    ),
  }));
  const w = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  const n = Math.max(1, encoded.length);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    for (const e of encoded) {
      const scores = e.rows.map((r) => r.reduce((s, i) => s + w[i], 0));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const z = exps.reduce((a, b) => a + b, 0);
      e.rows.forEach((r, k) => {
        const g = exps[k] / z - (k === e.gold ? 1 : 0);
        if (g !== 0) for (const i of r) grad[i] += g;
      });
    }
    for (let i = 0; i < w.length; i++) w[i] -= options.learningRate * (grad[i] / n + options.l2 * w[i]);
  }
  const out: Weights = {};
  for (const [f, i] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (Math.abs(w[i]) >= 1e-4) out[f] = Math.round(w[i] * 1e4) / 1e4;
  }
  return out;
}
