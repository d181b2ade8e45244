import {
  GAZ_CATEGORIES,
  GAZ_WORDS as GAZ_WORDS_,
  Gazetteer,
  NUM_GAZ as NUM_GAZ_,
  gazPositions as gazPositions_,
  gazWordIndex as gazWordIndex_,
} from '../gazetteer/gazetteer';
import { hashString, mix as mix_ } from '../util/hash';
import { mentionsSport } from '../lexicon/sport-words';
import { FLAT_CLASS_BITS as FLAT_CLASS_BITS_, FLAT_DEPTH as FLAT_DEPTH_, WordClasses } from './word-classes';
import { NUM_LABELS as NUM_LABELS_, labelType as labelType_ } from './labels';
import {
  CASE_LOWER as CASE_LOWER_,
  CASE_MIXED as CASE_MIXED_,
  CASE_TITLE as CASE_TITLE_,
  CASE_UPPER as CASE_UPPER_,
  TokenInfo,
  computeTokenInfo,
} from './token-info';

// Imported bindings copied to locals: some loaders (tsx/esbuild) turn every use of an imported
// name into a getter call, which costs a lot in the per-token loops.
const NUM_GAZ = NUM_GAZ_;
const GAZ_WORDS = GAZ_WORDS_;
const gazPositions = gazPositions_;
const gazWordIndex = gazWordIndex_;
const mix = mix_;
const NUM_LABELS = NUM_LABELS_;
const labelType = labelType_;
const CASE_LOWER = CASE_LOWER_;
const CASE_TITLE = CASE_TITLE_;
const CASE_UPPER = CASE_UPPER_;
const CASE_MIXED = CASE_MIXED_;

/** Everything the features of one document need, computed once per document. */
export interface DocContext {
  count: number;
  info: TokenInfo;
  sentenceOf: Int32Array;
  /** 1 when the token starts its sentence. */
  first: Uint8Array;
  /** 1 when the token's sentence is mostly upper case (headlines, sports tables). */
  capsSentence: Uint8Array;
  gaz: Uint32Array;
  /** Document-level case evidence for the token's word (see DOC_* bits). */
  docFlags: Uint8Array;
  /** Context aggregation: neighbours of every occurrence of the token's word, agg[aggStart[k]..aggStart[k+1]). */
  agg: Uint32Array;
  aggStart: Int32Array;
  /** The token's place in a run of capitalised words that reads as one name, 0 outside one (nameRuns). */
  nameRun: Uint8Array;
  /** Whether the document holds a word of sport: label rules read towns and titles otherwise on sports pages. */
  sportsPage: boolean;
}

/** Calls `visit` with each sentence's first and last token, in order (sentenceOf numbers them in runs). */
export function forEachSentence(sentenceOf: Int32Array, count: number, visit: (first: number, last: number) => void): void {
  for (let first = 0; first < count;) {
    let last = first;
    while (last + 1 < count && sentenceOf[last + 1] === sentenceOf[first]) last++;
    visit(first, last);
    first = last + 1;
  }
}

const AGG_MAX = 12; // distinct neighbour words aggregated per word type

export const DOC_SEEN_LOWER = 1; // the word also occurs in lower case in the document
const DOC_SEEN_TITLE_INSIDE = 2; // ... capitalised, not sentence-initial, in a normal sentence
const DOC_SEEN_UPPER = 4;

const PAD = 0x9e3779b9; // hash value for positions outside the document

export function buildDocContext(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  count: number,
  sentenceOf: Int32Array,
  gazetteer: Gazetteer | undefined,
  memory?: Gazetteer,
  wordClasses?: WordClasses,
): DocContext {
  const info = computeTokenInfo(text, starts, ends, count, wordClasses);
  const first = new Uint8Array(count);
  const capsSentence = new Uint8Array(count);
  let s0 = 0;
  for (let k = 0; k <= count; k++) {
    if (k === count || sentenceOf[k] !== sentenceOf[s0]) {
      let upper = 0;
      let cased = 0;
      for (let m = s0; m < k; m++) {
        const c = info.caseClass[m];
        if (c === CASE_UPPER) upper++;
        if (c === CASE_UPPER || c === CASE_TITLE || c === CASE_LOWER) cased++;
      }
      const caps = cased >= 2 && upper * 10 >= cased * 7 ? 1 : 0;
      for (let m = s0; m < k; m++) capsSentence[m] = caps;
      if (s0 < count) first[s0] = 1;
      s0 = k;
    }
  }
  const seen = new Map<number, number>();
  for (let k = 0; k < count; k++) {
    const c = info.caseClass[k];
    let bit = 0;
    if (c === CASE_LOWER) bit = DOC_SEEN_LOWER;
    else if (c === CASE_TITLE && !first[k] && !capsSentence[k]) bit = DOC_SEEN_TITLE_INSIDE;
    else if (c === CASE_UPPER) bit = DOC_SEEN_UPPER;
    if (bit) seen.set(info.lower[k], (seen.get(info.lower[k]) ?? 0) | bit);
  }
  const docFlags = new Uint8Array(count);
  for (let k = 0; k < count; k++) docFlags[k] = seen.get(info.lower[k]) ?? 0;
  const gaz = gazetteer ? gazetteer.annotate(info.lower, count, sentenceOf) : new Uint32Array(count * GAZ_WORDS);
  if (memory) {
    const mem = memory.annotate(info.lower, count, sentenceOf);
    for (let k = 0; k < gaz.length; k++) gaz[k] |= mem[k];
  }
  const { agg, aggStart } = aggregateContexts(info, count, sentenceOf);
  const nameRun = nameRuns(info, count, sentenceOf, gaz);
  return { count, info, sentenceOf, first, capsSentence, gaz, docFlags, agg, aggStart, nameRun, sportsPage: mentionsSport(info.lower) };
}

// Lower-case words that join the capitalised words of one name ("Communist Party of Germany", "Bank of the Philippines").
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'del', 'della', 'di', 'du', 'des', 'da', 'van', 'von', 'der'].map(hashString));
// The gazetteer category of organisation words ("party", "university", "bank"...).
const ORG_WORD = GAZ_CATEGORIES.indexOf('org-word');

/**
 * For each token of a run of two or more capitalised words that a connector or an organisation word
 * binds, a code: its position in the run (first, inside, last), whether the run has a connector, and whether an
 * organisation word stands before it or after it in the run. "Germany" in "Communist Party of Germany"
 * follows one; "Italian" in "Italian Socialist Party" precedes one: the run reads as one name there.
 * 0 outside such runs.
 */
function nameRuns(info: TokenInfo, count: number, sentenceOf: Int32Array, gaz: Uint32Array): Uint8Array {
  const code = new Uint8Array(count);
  const cc = info.caseClass;
  const capital = (k: number) => cc[k] === CASE_TITLE || cc[k] === CASE_UPPER || cc[k] === CASE_MIXED;
  const orgWord = (k: number) => gazPositions(gaz[gazWordIndex(ORG_WORD, count, k)], ORG_WORD) !== 0;
  let k = 0;
  while (k < count) {
    if (!capital(k)) {
      k++;
      continue;
    }
    const sent = sentenceOf[k];
    let end = k;
    let joined = false;
    let m = k + 1;
    while (m < count && sentenceOf[m] === sent) {
      if (capital(m)) {
        end = m++;
        continue;
      }
      // Up to two connectors ("of the"), when a capitalised word follows them.
      let c = m;
      while (c < count && c < m + 2 && sentenceOf[c] === sent && CONNECTORS.has(info.lower[c])) c++;
      if (c > m && c < count && sentenceOf[c] === sent && capital(c)) {
        joined = true;
        m = c;
        continue;
      }
      break;
    }
    let orgsTotal = 0;
    for (let p = k; p <= end; p++) if (orgWord(p)) orgsTotal++;
    // Only runs that a connector or an organisation word binds: a bare run of capitals is as often
    // two names side by side, or a table's column heads ("July June").
    if (end > k && (joined || orgsTotal > 0)) {
      let orgsBefore = 0;
      for (let p = k; p <= end; p++) {
        const own = orgWord(p) ? 1 : 0;
        const before = orgsBefore > 0 ? 1 : 0;
        const after = orgsTotal - orgsBefore - own > 0 ? 1 : 0;
        const position = p === k ? 0 : p === end ? 2 : 1;
        code[p] = 1 + position * 8 + (joined ? 4 : 0) + after * 2 + before;
        orgsBefore += own;
      }
    }
    k = end + 1;
  }
  return code;
}

/**
 * Context aggregation (Ratinov & Roth 2009): for capitalised words, the words seen just before and
 * after any occurrence of the same word in the document ("Pirelli said", "shares in Pirelli"),
 * a few per side, so every mention is tagged with the evidence of all of them.
 */
function aggregateContexts(info: TokenInfo, count: number, sentenceOf: Int32Array): { agg: Uint32Array; aggStart: Int32Array } {
  const L = info.lower;
  const lists = new Map<number, number[]>();
  for (let k = 0; k < count; k++) {
    const c = info.caseClass[k];
    if (c !== CASE_TITLE && c !== CASE_UPPER && c !== CASE_MIXED) continue;
    let list = lists.get(L[k]);
    if (!list) lists.set(L[k], (list = []));
    if (list.length >= AGG_MAX) continue;
    const prev = k > 0 && sentenceOf[k - 1] === sentenceOf[k] ? L[k - 1] : PAD;
    const next = k + 1 < count && sentenceOf[k + 1] === sentenceOf[k] ? L[k + 1] : PAD;
    // Distinct neighbours, tagged by side, first seen first.
    const pv = mix(prev, 1);
    const nv = mix(next, 2);
    if (!list.includes(pv)) list.push(pv);
    if (list.length < AGG_MAX && !list.includes(nv)) list.push(nv);
  }
  const aggStart = new Int32Array(count + 1);
  let total = 0;
  for (let k = 0; k < count; k++) {
    aggStart[k] = total;
    const list = lists.get(L[k]);
    // A word seen in one context only has nothing to add to its local features.
    if (list && list.length > 2) total += list.length;
  }
  aggStart[count] = total;
  const agg = new Uint32Array(total);
  for (let k = 0; k < count; k++) {
    const list = lists.get(L[k]);
    if (!list) continue;
    for (let j = 0; j < aggStart[k + 1] - aggStart[k]; j++) agg[aggStart[k] + j] = list[j];
  }
  return { agg, aggStart };
}

// Template ids: each feature is mix(value, template).
const enum T {
  Bias = 1,
  W,
  L0,
  Lm1,
  Lp1,
  Lm2,
  Lp2,
  Wm1,
  Wp1,
  S0,
  Sm1,
  Sp1,
  Sm1S0,
  S0Sp1,
  Sm1S0Sp1,
  Pre = 20,
  Suf = 30,
  Lm1L0 = 40,
  L0Lp1,
  First,
  Gaz,
  GazM1,
  GazP1,
  GazCase,
  Doc,
  DocFirst,
  Caps,
  CaseCtx,
  Len,
  CapsW,
  L0S1,
  Sm1L0,
  NameRun = 60,
  Agg = 70,
  Cls0 = 74,
  ClsM1,
  ClsP1,
  S1 = 80,
  S1m1,
  S1p1,
  S1m1S1p1,
  DocType,
  DocTypeCase,
  PrevType,
  DocTypeM1,
  DocTypeP1,
  S1Case,
  DocTypeW,
  DocPhrase,
  DocPhraseS1,
}

const { clz32 } = Math;
const FLAT_CLASS_BITS = FLAT_CLASS_BITS_;
const FLAT_DEPTH = FLAT_DEPTH_;
const m3 = (a: number, b: number, c: number): number => mix(mix(a, b), c);

/** Path prefix lengths used as classes (Ratinov & Roth 2009 use prefixes of Brown paths likewise). */
const CLASS_PREFIXES = [4, 8, 12];

/** The word-class features of a word whose class is `cls` ((1 << depth) | path; 0 = none). */
function classFeatures(cls: number, template: number, out: Uint32Array, n: number): number {
  if (cls === 0) return n;
  const depth = 31 - clz32(cls);
  for (let q = 0; q < CLASS_PREFIXES.length; q++) {
    const len = CLASS_PREFIXES[q];
    if (len > depth) break;
    out[n++] = mix(cls >>> (depth - len), template * 32 + len);
  }
  if (depth === FLAT_DEPTH) {
    // Flat k-means clusters after the path (word-classes.ts), the last one in the lowest bits.
    let shift = 0;
    for (let q = FLAT_CLASS_BITS.length - 1; q >= 0; q--) {
      const bits = FLAT_CLASS_BITS[q];
      out[n++] = mix((cls >>> shift) & ((1 << bits) - 1), template * 32 + 20 + q);
      shift += bits;
    }
  }
  return n;
}

/**
 * The token's gazetteer features: each category and position bit it carries (alone and with its case
 * class), and the categories of its neighbours in the sentence (any position).
 */
function gazetteerFeatures(ctx: DocContext, i: number, cs: number, hasM1: boolean, hasP1: boolean, out: Uint32Array, n: number): number {
  const { gaz, count } = ctx;
  for (let w = 0; w < GAZ_WORDS; w++) {
    // Set bits only, lowest first.
    let rest = gaz[w * count + i];
    while (rest !== 0) {
      const low = rest & -rest;
      rest ^= low;
      const id = w * 32 + (31 - clz32(low));
      out[n++] = mix(id, T.Gaz);
      out[n++] = mix(id * 8 + cs, T.GazCase);
    }
    const gm = hasM1 ? gaz[w * count + i - 1] : 0;
    const gp = hasP1 ? gaz[w * count + i + 1] : 0;
    for (let c = w * 8; c < w * 8 + 8 && c < NUM_GAZ; c++) {
      if (gazPositions(gm, c)) out[n++] = mix(c, T.GazM1);
      if (gazPositions(gp, c)) out[n++] = mix(c, T.GazP1);
    }
  }
  return n;
}

/**
 * Writes the hashed feature ids of token i into out; returns how many.
 * `stage1` (labels of the first pass) and `docType` switch on the second-pass, non-local features.
 */
export function extractFeatures(ctx: DocContext, i: number, out: Uint32Array, stage1?: Uint8Array, doc?: DocLabels): number {
  const n = baseFeatures(ctx, i, out, 0);
  return stage1 && doc ? stage2Features(ctx, i, out, n, stage1, doc) : n;
}

/** The first-pass (local and document-case) features of token i, written from out[offset]. */
export function baseFeatures(ctx: DocContext, i: number, out: Uint32Array, offset: number): number {
  const { info, count } = ctx;
  const L = info.lower;
  const S = info.shape;
  const sm = ctx.sentenceOf;
  const sent = sm[i];
  const hasM1 = i > 0 && sm[i - 1] === sent;
  const hasM2 = i > 1 && sm[i - 2] === sent;
  const hasP1 = i + 1 < count && sm[i + 1] === sent;
  const hasP2 = i + 2 < count && sm[i + 2] === sent;
  const lm1 = hasM1 ? L[i - 1] : PAD;
  const lp1 = hasP1 ? L[i + 1] : PAD;
  const sm1 = hasM1 ? S[i - 1] : PAD;
  const sp1 = hasP1 ? S[i + 1] : PAD;
  const cs = info.caseClass[i];
  const caps = ctx.capsSentence[i];
  let n = offset;
  out[n++] = mix(1, T.Bias);
  out[n++] = mix(info.word[i], T.W);
  out[n++] = mix(L[i], T.L0);
  out[n++] = mix(lm1, T.Lm1);
  out[n++] = mix(lp1, T.Lp1);
  out[n++] = mix(hasM2 ? L[i - 2] : PAD, T.Lm2);
  out[n++] = mix(hasP2 ? L[i + 2] : PAD, T.Lp2);
  out[n++] = mix(hasM1 ? info.word[i - 1] : PAD, T.Wm1);
  out[n++] = mix(hasP1 ? info.word[i + 1] : PAD, T.Wp1);
  n = classFeatures(info.wordClass[i], T.Cls0, out, n);
  if (hasM1) n = classFeatures(info.wordClass[i - 1], T.ClsM1, out, n);
  if (hasP1) n = classFeatures(info.wordClass[i + 1], T.ClsP1, out, n);
  out[n++] = mix(S[i], T.S0);
  out[n++] = mix(sm1, T.Sm1);
  out[n++] = mix(sp1, T.Sp1);
  out[n++] = m3(sm1, S[i], T.Sm1S0);
  out[n++] = m3(S[i], sp1, T.S0Sp1);
  out[n++] = m3(mix(sm1, S[i]), sp1, T.Sm1S0Sp1);
  for (let k = 0; k < 4; k++) {
    const p = info.prefix[4 * i + k];
    if (p) out[n++] = mix(p, T.Pre + k);
    const s = info.suffix[4 * i + k];
    if (s) out[n++] = mix(s, T.Suf + k);
  }
  out[n++] = m3(lm1, L[i], T.Lm1L0);
  out[n++] = m3(L[i], lp1, T.L0Lp1);
  out[n++] = m3(L[i], sp1, T.L0S1);
  out[n++] = m3(sm1, L[i], T.Sm1L0);
  out[n++] = mix(ctx.first[i] * 8 + cs, T.First);
  out[n++] = mix(caps * 8 + cs, T.Caps);
  if (caps) out[n++] = mix(L[i], T.CapsW);
  out[n++] = mix(((hasM1 ? info.caseClass[i - 1] : 7) * 8 + cs) * 8 + (hasP1 ? info.caseClass[i + 1] : 7), T.CaseCtx);
  out[n++] = mix((info.length[i] < 12 ? info.length[i] : 12) * 8 + cs, T.Len);
  // Document-level case evidence (non-local): "Stressing" at a sentence start is common
  // when "stressing" also occurs in lower case; all-caps headline words take their case from the body.
  out[n++] = mix((ctx.docFlags[i] * 8 + cs) * 2 + caps, T.Doc);
  out[n++] = mix(((ctx.docFlags[i] * 8 + cs) * 2 + ctx.first[i]) * 2 + caps, T.DocFirst);
  n = gazetteerFeatures(ctx, i, cs, hasM1, hasP1, out, n);
  if (ctx.nameRun[i]) out[n++] = mix((ctx.nameRun[i] * 2 + caps) * 8 + cs, T.NameRun);
  for (let q = ctx.aggStart[i]; q < ctx.aggStart[i + 1]; q++) out[n++] = mix(ctx.agg[q], T.Agg);

  return n;
}

// Word-level split of baseFeatures (used by the tagger's per-word score cache; training uses
// baseFeatures itself). For every token, baseFeatures(i) is, as a multiset, exactly
//   wordFeatures(i, ROLE_OWN) + wordFeatures(i-1, ROLE_PREV1) + wordFeatures(i-2, ROLE_PREV2)
//   + wordFeatures(i+1, ROLE_NEXT1) + wordFeatures(i+2, ROLE_NEXT2) + contextFeatures(i),
// with padFeatures(role) standing in for a neighbour outside the sentence (see features.spec.ts).
// The word-level parts depend only on the token's own descriptors (word, lower, shape, affixes,
// case class, length), so their weights can be summed once per distinct word.
export const ROLE_OWN = 0;
export const ROLE_PREV1 = 1; // the token is the left neighbour (i-1) of the token being scored
export const ROLE_PREV2 = 2;
export const ROLE_NEXT1 = 3;
export const ROLE_NEXT2 = 4;
export const NUM_ROLES = 5;

/** The features token k contributes in `role`, written from out[offset]; returns the new end. */
export function wordFeatures(info: TokenInfo, k: number, role: number, out: Uint32Array, offset: number): number {
  let n = offset;
  const L = info.lower[k];
  if (role === ROLE_OWN) {
    const cs = info.caseClass[k];
    out[n++] = mix(1, T.Bias);
    out[n++] = mix(info.word[k], T.W);
    out[n++] = mix(L, T.L0);
    out[n++] = mix(info.shape[k], T.S0);
    n = classFeatures(info.wordClass[k], T.Cls0, out, n);
    for (let q = 0; q < 4; q++) {
      const p = info.prefix[4 * k + q];
      if (p) out[n++] = mix(p, T.Pre + q);
      const s = info.suffix[4 * k + q];
      if (s) out[n++] = mix(s, T.Suf + q);
    }
    out[n++] = mix((info.length[k] < 12 ? info.length[k] : 12) * 8 + cs, T.Len);
  } else if (role === ROLE_PREV1) {
    out[n++] = mix(L, T.Lm1);
    out[n++] = mix(info.word[k], T.Wm1);
    out[n++] = mix(info.shape[k], T.Sm1);
    n = classFeatures(info.wordClass[k], T.ClsM1, out, n);
  } else if (role === ROLE_PREV2) out[n++] = mix(L, T.Lm2);
  else if (role === ROLE_NEXT1) {
    out[n++] = mix(L, T.Lp1);
    out[n++] = mix(info.word[k], T.Wp1);
    out[n++] = mix(info.shape[k], T.Sp1);
    n = classFeatures(info.wordClass[k], T.ClsP1, out, n);
  } else out[n++] = mix(L, T.Lp2);
  return n;
}

/** The features of a missing neighbour (outside the sentence) in `role` (not ROLE_OWN). */
export function padFeatures(role: number, out: Uint32Array, offset: number): number {
  let n = offset;
  if (role === ROLE_PREV1) {
    out[n++] = mix(PAD, T.Lm1);
    out[n++] = mix(PAD, T.Wm1);
    out[n++] = mix(PAD, T.Sm1);
  } else if (role === ROLE_PREV2) out[n++] = mix(PAD, T.Lm2);
  else if (role === ROLE_NEXT1) {
    out[n++] = mix(PAD, T.Lp1);
    out[n++] = mix(PAD, T.Wp1);
    out[n++] = mix(PAD, T.Sp1);
  } else if (role === ROLE_NEXT2) out[n++] = mix(PAD, T.Lp2);
  return n;
}

/** The rest of baseFeatures(i): everything that combines the token with its context. */
export function contextFeatures(ctx: DocContext, i: number, out: Uint32Array, offset: number): number {
  const { info, count } = ctx;
  const L = info.lower;
  const S = info.shape;
  const sm = ctx.sentenceOf;
  const sent = sm[i];
  const hasM1 = i > 0 && sm[i - 1] === sent;
  const hasP1 = i + 1 < count && sm[i + 1] === sent;
  const lm1 = hasM1 ? L[i - 1] : PAD;
  const lp1 = hasP1 ? L[i + 1] : PAD;
  const sm1 = hasM1 ? S[i - 1] : PAD;
  const sp1 = hasP1 ? S[i + 1] : PAD;
  const cs = info.caseClass[i];
  const caps = ctx.capsSentence[i];
  let n = offset;
  out[n++] = m3(sm1, S[i], T.Sm1S0);
  out[n++] = m3(S[i], sp1, T.S0Sp1);
  out[n++] = m3(mix(sm1, S[i]), sp1, T.Sm1S0Sp1);
  out[n++] = m3(lm1, L[i], T.Lm1L0);
  out[n++] = m3(L[i], lp1, T.L0Lp1);
  out[n++] = m3(L[i], sp1, T.L0S1);
  out[n++] = m3(sm1, L[i], T.Sm1L0);
  out[n++] = mix(ctx.first[i] * 8 + cs, T.First);
  out[n++] = mix(caps * 8 + cs, T.Caps);
  if (caps) out[n++] = mix(L[i], T.CapsW);
  out[n++] = mix(((hasM1 ? info.caseClass[i - 1] : 7) * 8 + cs) * 8 + (hasP1 ? info.caseClass[i + 1] : 7), T.CaseCtx);
  out[n++] = mix((ctx.docFlags[i] * 8 + cs) * 2 + caps, T.Doc);
  out[n++] = mix(((ctx.docFlags[i] * 8 + cs) * 2 + ctx.first[i]) * 2 + caps, T.DocFirst);
  n = gazetteerFeatures(ctx, i, cs, hasM1, hasP1, out, n);
  if (ctx.nameRun[i]) out[n++] = mix((ctx.nameRun[i] * 2 + caps) * 8 + cs, T.NameRun);
  for (let q = ctx.aggStart[i]; q < ctx.aggStart[i + 1]; q++) out[n++] = mix(ctx.agg[q], T.Agg);
  return n;
}

/** Second-pass features: first-pass labels around i and how i's word was labelled across the document. */
export function stage2Features(ctx: DocContext, i: number, out: Uint32Array, offset: number, stage1: Uint8Array, doc: DocLabels): number {
  const { docType, prevType, phrase } = doc;
  const count = ctx.count;
  const sm = ctx.sentenceOf;
  const sent = sm[i];
  const hasM1 = i > 0 && sm[i - 1] === sent;
  const hasP1 = i + 1 < count && sm[i + 1] === sent;
  const cs = ctx.info.caseClass[i];
  const caps = ctx.capsSentence[i];
  let n = offset;
  const a = stage1[i];
  const am1 = hasM1 ? stage1[i - 1] : NUM_LABELS;
  const ap1 = hasP1 ? stage1[i + 1] : NUM_LABELS;
  out[n++] = mix(a, T.S1);
  out[n++] = mix(am1, T.S1m1);
  out[n++] = mix(ap1, T.S1p1);
  out[n++] = mix((am1 * 16 + a) * 16 + ap1, T.S1m1S1p1);
  out[n++] = mix(a * 8 + cs, T.S1Case);
  // Non-local: how the same word was labelled across the document, and at its last earlier entity mention.
  out[n++] = mix(docType[i], T.DocType);
  out[n++] = mix((docType[i] * 8 + cs) * 2 + ctx.first[i], T.DocTypeCase);
  out[n++] = mix((docType[i] * 8 + labelType(a)) * 2 + caps, T.DocTypeW);
  out[n++] = mix(prevType[i], T.PrevType);
  out[n++] = mix(hasM1 ? docType[i - 1] : 15, T.DocTypeM1);
  out[n++] = mix(hasP1 ? docType[i + 1] : 15, T.DocTypeP1);
  // Phrase-level history: first-pass entity phrases matched anywhere in the document (type x position).
  const p = phrase[i];
  if (p) {
    for (let b = 0; b < 16; b++) {
      if ((p & (1 << b)) === 0) continue;
      out[n++] = mix(b, T.DocPhrase);
      out[n++] = mix(b * 16 + a, T.DocPhraseS1);
    }
  }
  return n;
}

const MAX_FEATURES = 200;

/** What the second pass knows about the document from the first pass's labels. */
export interface DocLabels {
  /** per token: the entity type (1..4) most often given to its word in the document, 0 none */
  docType: Uint8Array;
  /** per token: the type at the nearest earlier entity mention of its word, 0 none */
  prevType: Uint8Array;
  /** per token: bits (type-1)*4 + position (B,I,L,U) for first-pass entity phrases matched here */
  phrase: Uint16Array;
}

const PHRASE_MAX = 6;

/**
 * Non-local summary from first-pass labels: word-level majority and last type, and every first-pass
 * entity phrase found again anywhere in the document ("Boatmen 's Bancshares" ... "Boatmen 's").
 */
export function documentTypes(ctx: DocContext, stage1: Uint8Array): DocLabels {
  const { docType, prevType } = wordTypes(ctx, stage1);
  const count = ctx.count;
  const L = ctx.info.lower;
  const phrases = new Map<number, number>(); // phrase hash -> type bits (bit 8: prefix of a longer one)
  let k = 0;
  while (k < count) {
    const t = labelType(stage1[k]);
    if (t === 0) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < count && stage1[e] === stage1[k] + (isBeginLabel(stage1[k]) ? 1 : 0) && ctx.sentenceOf[e] === ctx.sentenceOf[k]) e++;
    if (e - k <= PHRASE_MAX) {
      let h = 0x2545f491;
      for (let j = k; j < e; j++) {
        h = mix(h, L[j]);
        phrases.set(h, (phrases.get(h) ?? 0) | (j === e - 1 ? 1 << (t - 1) : 256));
      }
    }
    k = e;
  }
  const phrase = new Uint16Array(count);
  if (phrases.size) {
    for (let i = 0; i < count; i++) {
      let h = 0x2545f491;
      for (let j = i; j < count && j - i < PHRASE_MAX && ctx.sentenceOf[j] === ctx.sentenceOf[i]; j++) {
        h = mix(h, L[j]);
        const v = phrases.get(h);
        if (v === undefined) break;
        for (let t = 0; t < 4; t++) {
          if ((v & (1 << t)) === 0) continue;
          if (j === i) phrase[i] |= 1 << (t * 4 + 3);
          else {
            phrase[i] |= 1 << (t * 4);
            for (let m = i + 1; m < j; m++) phrase[m] |= 1 << (t * 4 + 1);
            phrase[j] |= 1 << (t * 4 + 2);
          }
        }
        if ((v & 256) === 0) break;
      }
    }
  }
  return { docType, prevType, phrase };
}

const isBeginLabel = (l: number): boolean => l > 0 && (l - 1) % 2 === 0;

function wordTypes(ctx: DocContext, stage1: Uint8Array): { docType: Uint8Array; prevType: Uint8Array } {
  const counts = new Map<number, number[]>();
  const L = ctx.info.lower;
  const count = ctx.count;
  const prevType = new Uint8Array(count);
  const last = new Map<number, number>();
  for (let k = 0; k < count; k++) {
    const t = labelType(stage1[k]);
    prevType[k] = last.get(L[k]) ?? 0;
    if (t) {
      last.set(L[k], t);
      let c = counts.get(L[k]);
      if (!c) counts.set(L[k], (c = [0, 0, 0, 0, 0]));
      c[t]++;
    }
  }
  const docType = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const c = counts.get(L[k]);
    if (!c) continue;
    let best = 0;
    for (let t = 1; t < 5; t++) if (c[t] > (best ? c[best] : 0)) best = t;
    docType[k] = best;
  }
  return { docType, prevType };
}

// Exported as a list so same-module uses stay plain locals (CommonJS output would otherwise read
// `exports.X` in hot loops, which is slow under Jest's module wrapper).
export { PAD, MAX_FEATURES };
