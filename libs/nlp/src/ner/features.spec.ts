import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { analyseText } from '../tokenizer/document';
import { hashString } from '../util/hash';
import { FLAT_CLASS_BITS, FLAT_DEPTH, PATH_DEPTH, WordClasses } from './word-classes';
import {
  NUM_ROLES,
  ROLE_NEXT1,
  ROLE_NEXT2,
  ROLE_OWN,
  ROLE_PREV1,
  ROLE_PREV2,
  baseFeatures,
  buildDocContext,
  contextFeatures,
  forEachSentence,
  padFeatures,
  wordFeatures,
} from './features';

describe('word-level split of baseFeatures', () => {
  it('word features in their roles plus context features are exactly baseFeatures', () => {
    const text =
      'NORTH KOREA AGREES TO TALKS IN BEIJING\n' +
      'WASHINGTON (Reuters) - Gen. Kim Kye-gwan met U.S. envoy Sung Kim on Tuesday.\n' +
      'Kim said the talks in Beijing, China, would resume; "we are ready," Kim added. 1,000.50 tons of Pirelli shares.\nX';
    const a = analyseText(text);
    const { count, starts, ends } = a.tokens;
    // Word classes for a few of the words (and a short path), so their features are covered too.
    const classes = WordClasses.build(
      ['kim', 'said', 'beijing', 'tuesday', 'the'].map((w, k) => ({ lowerHash: hashString(w), path: k.toString(2).padStart(12, '0') })),
    );
    const ctx = buildDocContext(text, starts.subarray(0, count), ends.subarray(0, count), count, a.sentenceOf, undefined, undefined, classes);
    expect(Array.from(ctx.info.wordClass).filter((c) => c !== 0).length).toBeGreaterThan(5);
    expect(ctx.capsSentence[0]).toBe(1);
    const sm = ctx.sentenceOf;
    expect(NUM_ROLES).toBe(5);
    for (let i = 0; i < count; i++) {
      const want = new Uint32Array(200);
      const nw = baseFeatures(ctx, i, want, 0);
      const got = new Uint32Array(200);
      let n = wordFeatures(ctx.info, i, ROLE_OWN, got, 0);
      const nb = (j: number, role: number): void => {
        n = j >= 0 && j < count && sm[j] === sm[i] ? wordFeatures(ctx.info, j, role, got, n) : padFeatures(role, got, n);
      };
      nb(i - 1, ROLE_PREV1);
      nb(i - 2, ROLE_PREV2);
      nb(i + 1, ROLE_NEXT1);
      nb(i + 2, ROLE_NEXT2);
      n = contextFeatures(ctx, i, got, n);
      expect(Array.from(got.subarray(0, n)).sort()).toEqual(Array.from(want.subarray(0, nw)).sort());
    }
  });
});

describe('flat k-means clusters after the word-class path', () => {
  const text = 'Kim met Lavrov in Beijing on Tuesday, Kim said.';
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  const words = ['kim', 'lavrov', 'beijing', 'tuesday', 'said'];
  const path12 = (k: number): string => (k * 37).toString(2).padStart(PATH_DEPTH, '0');
  // kim and lavrov share a flat cluster (3), the others have their own
  const flat = (k: number): string => FLAT_CLASS_BITS.map((b, q) => (k < 2 ? 3 : k + q).toString(2).padStart(b, '0')).join('');
  const ctxOf = (classes: WordClasses) =>
    buildDocContext(text, starts.subarray(0, count), ends.subarray(0, count), count, a.sentenceOf, undefined, undefined, classes);
  const feats = (classes: WordClasses): Set<number>[] => {
    const ctx = ctxOf(classes);
    return Array.from({ length: count }, (_, i) => {
      const out = new Uint32Array(200);
      return new Set(out.subarray(0, baseFeatures(ctx, i, out, 0)));
    });
  };
  const plain = feats(WordClasses.build(words.map((w, k) => ({ lowerHash: hashString(w), path: path12(k) }))));
  const withFlat = feats(WordClasses.build(words.map((w, k) => ({ lowerHash: hashString(w), path: path12(k) + flat(k) }))));

  it('keep every path-prefix feature and add one feature per flat clustering for each classed word in reach', () => {
    expect(PATH_DEPTH + FLAT_CLASS_BITS.reduce((x, y) => x + y, 0)).toBe(FLAT_DEPTH);
    for (let i = 0; i < count; i++) {
      for (const f of plain[i]) expect(withFlat[i].has(f)).toBe(true);
    }
    // "Kim" (token 0): itself and "met" to its right (no class), so one word's flat features
    expect(withFlat[0].size - plain[0].size).toBe(FLAT_CLASS_BITS.length);
  });

  it('words of one flat cluster share its features though their paths differ', () => {
    const kim = 0;
    const lavrov = 2;
    const extra = (i: number): number[] => [...withFlat[i]].filter((f) => !plain[i].has(f)).sort();
    expect(extra(kim).length).toBeGreaterThan(0);
    const shared = extra(kim).filter((f) => withFlat[lavrov].has(f));
    expect(shared.length).toBe(FLAT_CLASS_BITS.length);
  });
});

describe('runs of capitalised words that read as one name', () => {
  const text = 'The Communist Party of Germany met the Bank of the Philippines, Kim Jong-un met Lee in July June.';
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  const orgWord = GAZ_CATEGORIES.indexOf('org-word');
  const gazetteer = Gazetteer.build(['party', 'bank'].map((w) => ({ tokens: [hashString(w)], category: orgWord })));
  const ctx = buildDocContext(text, starts.subarray(0, count), ends.subarray(0, count), count, a.sentenceOf, gazetteer);
  const at = (word: string): number => {
    for (let k = 0; k < count; k++) if (text.slice(starts[k], ends[k]) === word) return ctx.nameRun[k];
    throw new Error(`no token ${word}`);
  };

  it('marks the words of a run joined by a connector, and which side of them its organisation word is on', () => {
    // "Communist" comes before the run's organisation word, "Germany" after it: different codes.
    expect(at('Communist')).not.toBe(0);
    expect(at('Germany')).not.toBe(0);
    expect(at('Communist')).not.toBe(at('Germany'));
    expect(at('of')).not.toBe(0);
    // Two connectors ("of the") still join a run.
    expect(at('Philippines')).not.toBe(0);
    expect(at('Philippines')).toBe(at('Germany'));
  });

  it('leaves out runs that neither a connector nor an organisation word binds, and lower-case words', () => {
    // Two names side by side, or a table's column heads.
    expect(at('Kim')).toBe(0);
    expect(at('July')).toBe(0);
    expect(at('June')).toBe(0);
    expect(at('Lee')).toBe(0);
    // A connector joins only capitalised words: "met the Bank" is no run.
    expect(at('met')).toBe(0);
  });

  it('adds one feature to a marked word and none to the others', () => {
    const sizeOf = (word: string): [number, number] => {
      const k = [...Array(count).keys()].find((j) => text.slice(starts[j], ends[j]) === word)!;
      const out = new Uint32Array(200);
      const withRun = baseFeatures(ctx, k, out, 0);
      const saved = ctx.nameRun[k];
      ctx.nameRun[k] = 0;
      const without = baseFeatures(ctx, k, out, 0);
      ctx.nameRun[k] = saved;
      return [withRun, without];
    };
    const [g1, g0] = sizeOf('Germany');
    expect(g1 - g0).toBe(1);
    const [j1, j0] = sizeOf('July');
    expect(j1 - j0).toBe(0);
  });
});

describe('forEachSentence', () => {
  it("visits each sentence's first and last token in order", () => {
    const seen: Array<[number, number]> = [];
    forEachSentence(Int32Array.from([0, 0, 1, 2, 2, 2]), 6, (first, last) => seen.push([first, last]));
    expect(seen).toEqual([
      [0, 1],
      [2, 2],
      [3, 5],
    ]);
    forEachSentence(new Int32Array(0), 0, () => seen.push([-1, -1]));
    expect(seen).toHaveLength(3);
  });
});
