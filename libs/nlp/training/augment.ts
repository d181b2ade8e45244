// Mention-replacement data augmentation (Dai & Adel 2020, "An Analysis of Simple Data Augmentation
// for Named Entity Recognition"): copies of training documents in which every gold entity span is
// replaced, whole, by another name of the same type, tokens and IOB2 tags rebuilt, so the model has
// to read a name's type from its context, shape and word classes more than from the name itself.
// Settings `augment` (copies per document; 0 or absent: off) and `augmentPool` (train-ner.ts).
import { ConllDoc, entitySpans } from './conll';
import { seededRandom } from '../../../test/support/prng';

/** Distinct entity surface forms (as token lists) of each type, in first-seen order. */
export type NamePool = Map<string, string[][]>;

/** A sentence with letters and no lower-case letter (a CoNLL headline such as "GREEK SOCIALISTS ..."). */
function allCaps(sent: string[]): boolean {
  const text = sent.join(' ');
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/**
 * The distinct names of each type labelled in `docs` (first-seen order, so deterministic), left out
 * of all-caps sentences so that their upper-cased forms do not enter mixed-case text. With
 * `everyMention` a name is listed once per mention, so names are drawn as often as they are labelled.
 */
export function namePool(docs: ConllDoc[], everyMention = false): NamePool {
  const pool: NamePool = new Map();
  const seen = new Set<string>();
  for (const doc of docs) {
    doc.tokens.forEach((sent, s) => {
      if (allCaps(sent)) return;
      for (const { start, end, type } of entitySpans(doc.tags[s])) {
        const name = sent.slice(start, end);
        const key = `${type}\t${name.join(' ')}`;
        if (seen.has(key) && !everyMention) continue;
        seen.add(key);
        if (!pool.has(type)) pool.set(type, []);
        pool.get(type)!.push(name);
      }
    });
  }
  return pool;
}

/**
 * A copy of `doc` with each entity span replaced by a name of the same type drawn from `pool`
 * (uniformly over its distinct names; drawn once more if the draw is the span's own name). Within
 * the document a name is replaced consistently, so the document-level evidence (case elsewhere,
 * context aggregation, stage 2's repeated phrases) still holds: every mention of one (type, name),
 * in any case, gets the same new name, and a one-word PER mention that is the last word of an
 * earlier PER name gets the last word of that name's replacement ("Costas Simitis" … "Simitis" →
 * "Rostislav Khotin" … "Khotin"). In an all-caps sentence the new name is upper-cased. A type
 * missing from the pool leaves its spans as they are. With `rate` < 1 each name of the document is
 * replaced with that probability (all its mentions or none), otherwise kept.
 */
export function replaceMentions(doc: ConllDoc, pool: NamePool, rand: () => number, rate = 1): ConllDoc {
  const chosen = new Map<string, string[]>();
  const keyOf = (type: string, name: string[]): string => `${type}\t${name.join(' ').toLowerCase()}`;
  const tokens: string[][] = [];
  const tags: string[][] = [];
  doc.tokens.forEach((sent, s) => {
    const tagsIn = doc.tags[s];
    const upper = allCaps(sent);
    const outTokens: string[] = [];
    const outTags: string[] = [];
    let k = 0;
    for (const { start, end, type } of entitySpans(tagsIn)) {
      for (; k < start; k++) {
        outTokens.push(sent[k]);
        outTags.push(tagsIn[k]);
      }
      const name = sent.slice(start, end);
      const key = keyOf(type, name);
      let repl = chosen.get(key);
      if (!repl) {
        const names = pool.get(type);
        repl = name;
        if (names?.length && (rate >= 1 || rand() < rate)) {
          repl = names[Math.floor(rand() * names.length)];
          if (names.length > 1 && keyOf(type, repl) === key) repl = names[Math.floor(rand() * names.length)];
        }
        chosen.set(key, repl);
        if (type === 'PER' && name.length > 1 && repl.length > 1) {
          const lastKey = keyOf(type, name.slice(-1));
          if (!chosen.has(lastKey)) chosen.set(lastKey, repl.slice(-1));
        }
      }
      repl.forEach((t, j) => {
        outTokens.push(upper ? t.toUpperCase() : t);
        outTags.push(`${j === 0 ? 'B' : 'I'}-${type}`);
      });
      k = end;
    }
    for (; k < sent.length; k++) {
      outTokens.push(sent[k]);
      outTags.push(tagsIn[k]);
    }
    tokens.push(outTokens);
    tags.push(outTags);
  });
  return { tokens, tags };
}

/**
 * `copies` augmented copies of each document (copy c of document d at index c * docs.length + d),
 * names drawn from `poolOf(d)`, each replaced with probability `rate`. Deterministic for the seed: one generator, documents in order.
 */
export function augmentDocs(docs: ConllDoc[], copies: number, seed: number, poolOf: (d: number) => NamePool, rate = 1): ConllDoc[] {
  const rand = seededRandom(seed);
  const out: ConllDoc[] = [];
  for (let c = 0; c < copies; c++) docs.forEach((doc, d) => out.push(replaceMentions(doc, poolOf(d), rand, rate)));
  return out;
}
