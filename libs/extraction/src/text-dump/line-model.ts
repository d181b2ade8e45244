import type { DumpAnalysis } from './text-dump';
import shipped from './line-model.json';

/**
 * Which lines of a text dump are story text: a logistic regression over each line's features and
 * the hand-written rules' reading of it (the rules find the densest prose run; the model learns
 * where they are wrong). Trained by bench/train-text-dump-model.ts on the development labels.
 */
export interface LineModel {
  /** Feature names, in the order of `weights` (a model trained on other features is refused). */
  features: string[];
  weights: number[];
  bias: number;
}

// Function words of the languages most pages are in: a story line has many, a menu or a headline few.
const STOP_WORDS = new Set(
  (
    'the a an and or of to in on for with at by from is are was were be been has have had it its that this ' +
    'which who as but not he she they we you his her their said will would can could after over ' +
    'der die das und oder von zu im in mit auf für ist sind war wurde ein eine einen nicht sich auch es sie er ' +
    'le la les et ou de des du un une est sont dans pour sur avec que qui pas il elle ' +
    'el los las y o del en por con es son que se un una no ' +
    'il lo gli e di da per con che non ' +
    'de het een en of van in op met is zijn niet dat'
  ).split(' '),
);

const CAPITALISED = /^\p{Lu}/u;
const SENTENCE_END = /[.!?…。！？"”»’)]\s*$/u;
const URLISH = /https?:\/\/|www\.|\.(?:com|org|net|html?)\b/i;
const SEPARATORS = /\s[|•·»]\s|\s{3,}/u;
const BRACKETED = /\[[^\]]*\]/;

export const LINE_FEATURES = [
  'ruleBody', 'inSpan', 'prose', 'junk', 'bullet', 'break', 'caption', 'island', 'widget', 'numbered',
  'logWords', 'short', 'long', 'sentenceEnd', 'endsColon',
  'beforeSpan', 'afterSpan', 'position',
  'prevRuleBody', 'nextRuleBody', 'prevProse', 'nextProse', 'prevBreak',
  'digitShare', 'capitalisedShare', 'stopWordShare', 'bracketed', 'separators', 'urlish', 'repeated',
];

/** Feature vectors of every line of an analysed dump, in LINE_FEATURES order. */
export function lineFeatures(a: DumpAnalysis): number[][] {
  const { units, start, end, ruleBody } = a;
  const n = units.length;
  const seen = new Map<string, number>();
  for (const u of units) seen.set(u.text, (seen.get(u.text) ?? 0) + 1);
  const b = (x: boolean) => (x ? 1 : 0);
  return units.map((u, i) => {
    const words = u.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    const wordShare = (test: (w: string) => boolean) => (words.length ? words.filter(test).length / words.length : 0);
    const letters = u.text.replace(/[^\p{L}\p{N}]/gu, '');
    return [
      b(ruleBody[i]), b(i >= start && i <= end), b(u.prose), b(u.junk), b(u.bullet), b(a.isBreak[i]), b(a.isCaption[i]),
      b(a.island[i]), b(a.inWidget[i]), b(a.isNumbered[i]),
      Math.log1p(u.words) / 5, b(u.words <= 3), b(u.words >= 30), b(SENTENCE_END.test(u.text)), b(/:\s*$/.test(u.text)),
      i < start ? Math.log1p(start - i) / 5 : 0, i > end ? Math.log1p(i - end) / 5 : 0, n > 1 ? i / (n - 1) : 0,
      b(i > 0 && ruleBody[i - 1]), b(i + 1 < n && ruleBody[i + 1]), b(i > 0 && units[i - 1].prose), b(i + 1 < n && units[i + 1].prose),
      b(i > 0 && a.isBreak[i - 1]),
      letters.length ? letters.replace(/\P{N}/gu, '').length / letters.length : 0,
      wordShare((w) => CAPITALISED.test(w)), wordShare((w) => STOP_WORDS.has(w.toLowerCase())),
      b(BRACKETED.test(u.text)), b(SEPARATORS.test(u.text)), b(URLISH.test(u.text)), b((seen.get(u.text) ?? 0) > 1),
    ];
  });
}

export function lineScore(x: number[], model: LineModel): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += model.weights[k] * x[k];
  return z;
}

/** The model's keep decision per line (probability over one half). */
export function keepLines(a: DumpAnalysis, model: LineModel): boolean[] {
  if (model.features.join() !== LINE_FEATURES.join()) throw new Error('line model was trained on other features');
  return lineFeatures(a).map((x) => lineScore(x, model) > 0);
}

export const SHIPPED_LINE_MODEL: LineModel | null = (shipped as LineModel).weights.length ? (shipped as LineModel) : null;
