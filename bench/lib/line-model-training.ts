import { analyseDump } from '../../libs/extraction/src/text-dump/text-dump';
import { LINE_FEATURES, LineModel, lineFeatures } from '../../libs/extraction/src/text-dump/line-model';
import { tokenize } from './shingle-metric';

export interface LabelledDump {
  id: string;
  text: string;
  truth: string;
}

interface Example {
  x: number[];
  y: number;
  /** The line's share of its page's words: the metric averages over pages and counts words. */
  w: number;
}

/** n-grams of tokens for n = 1..4, as sets: where a dump line's words occur in the expected body. */
function gramSets(tokens: string[]): Array<Set<string>> {
  const sets = [new Set<string>()];
  for (let n = 1; n <= 4; n++) {
    const s = new Set<string>();
    for (let i = 0; i + n <= tokens.length; i++) s.add(tokens.slice(i, i + n).join('\u0001'));
    sets.push(s);
  }
  return sets;
}

/** A line is story text when most of its 4-word runs (its whole text, if shorter) are in the expected body. */
function isStoryLine(line: string, truthGrams: Array<Set<string>>): boolean {
  const t = tokenize(line);
  if (!t.length) return false;
  const n = Math.min(4, t.length);
  let hit = 0;
  let all = 0;
  for (let i = 0; i + n <= t.length; i++, all++) if (truthGrams[n].has(t.slice(i, i + n).join('\u0001'))) hit++;
  return hit / all >= 0.5;
}

export function examplesOf(pages: LabelledDump[]): Example[] {
  const out: Example[] = [];
  for (const p of pages) {
    const a = analyseDump(p.text);
    const grams = gramSets(tokenize(p.truth));
    const words = a.units.map((u) => Math.max(1, tokenize(u.text).length));
    const total = words.reduce((s, x) => s + x, 0) || 1;
    lineFeatures(a).forEach((x, i) => out.push({ x, y: isStoryLine(a.units[i].text, grams) ? 1 : 0, w: words[i] / total }));
  }
  return out;
}

const EPOCHS = 400;
const RATE = 0.05;
const L2 = 1e-4;

/**
 * Logistic regression by full-batch gradient descent with Adam steps from zero weights: no
 * randomness, so the same pages always give the same model.
 */
export function trainLineModel(pages: LabelledDump[]): LineModel {
  const data = examplesOf(pages);
  const d = LINE_FEATURES.length;
  const w = new Array<number>(d + 1).fill(0); // last = bias
  const m = new Array<number>(d + 1).fill(0);
  const v = new Array<number>(d + 1).fill(0);
  const totalWeight = data.reduce((s, e) => s + e.w, 0) || 1;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const g = new Array<number>(d + 1).fill(0);
    for (const e of data) {
      let z = w[d];
      for (let k = 0; k < d; k++) z += w[k] * e.x[k];
      const err = (1 / (1 + Math.exp(-z)) - e.y) * e.w;
      for (let k = 0; k < d; k++) g[k] += err * e.x[k];
      g[d] += err;
    }
    for (let k = 0; k <= d; k++) {
      const grad = g[k] / totalWeight + (k < d ? L2 * w[k] : 0);
      m[k] = 0.9 * m[k] + 0.1 * grad;
      v[k] = 0.999 * v[k] + 0.001 * grad * grad;
      const mHat = m[k] / (1 - 0.9 ** epoch);
      const vHat = v[k] / (1 - 0.999 ** epoch);
      w[k] -= (RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { features: [...LINE_FEATURES], weights: w.slice(0, d).map(round), bias: round(w[d]) };
}
