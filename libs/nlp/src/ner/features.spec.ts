import { analyseText } from '../tokenizer/document';
import { hashString } from '../util/hash';
import { WordClasses } from './word-classes';
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
