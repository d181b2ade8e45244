// Trains the two-stage averaged structured perceptron on CoNLL-2003 train, reports dev F1,
// and writes libs/nlp/assets/ner-model.bin.gz. Deterministic for a given seed (settings.json).
// Usage: npm run train:ner [-- --settings path] [--out path] [--no-stage2] [--train-only [--type-priors file]]
import * as fs from 'fs';
import * as path from 'path';
import { DocContext, MAX_FEATURES, buildDocContext, documentTypes, extractFeatures } from '../src/ner/features';
import { GAZ_CATEGORIES, Gazetteer } from '../src/gazetteer/gazetteer';
import { tokenizeSpans } from '../src/tokenizer/tokenize';
import { hashRange } from '../src/util/hash';
import { bioToChain, LABELS, labelsToSpans, NER_TYPES, NerType } from '../src/ner/labels';
import { CompactChain, LinearChain } from '../src/ner/linear-chain';
import { NerModel } from '../src/ner/ner-model';
import { analyseText } from '../src/tokenizer/document';
import { DEFAULT_MODEL_PATH } from '../src/model-path';
import { ConllDoc, NER_EXTRA_SETS, charSpansToTags, docText, entitySpans, readConll, readNerExtra, score } from './conll';
import { buildGazetteer } from './build-gazetteer';
import { augmentDocs, NamePool, namePool } from './augment';
import { writeCountryAliases } from './build-aliases';
import { Perceptron } from './perceptron';
import { seededRandom } from '../../../test/support/prng';
import { WORD_CLASSES_PATH } from './build-word-classes';
import { KMEANS_CLASS_BITS, TYPE_PRIOR_BITS, WordClasses } from '../src/ner/word-classes';
import { WORD_KMEANS_PATH } from './build-word-kmeans';
import { WORD_TYPE_PRIORS_PATH } from './build-word-type-priors';
import { gunzipSync } from 'zlib';

export interface Settings {
  seed: number;
  bits: number;
  epochs1: number;
  epochs2: number;
  folds: number;
  stage2: boolean;
  memory: boolean;
  /** names labelled in only one training document go to the memory's own `mem-*-once` categories */
  memoryOnce?: boolean;
  /** word classes from unlabelled text (assets/word-classes.tsv.gz) as features */
  wordClasses: boolean;
  /** typed name lists from compromise's lexicon (training/tables/name-lists.tsv.gz) */
  compromiseLists?: boolean;
  /** parts of people's names from @cspell/dict-people-names (training/tables/name-lists.tsv.gz) */
  peopleNames?: boolean;
  /** train the shipped model on train + dev (settings are chosen with this off: `--train-only`) */
  trainOnDev: boolean;
  /**
   * Cost-augmented training (margin perceptron): while training, every label but the gold one gets
   * this much extra score, so a token is updated until gold wins by the margin (absent or 0: plain).
   */
  margin?: number;
  /**
   * Bagged perceptrons: the stage-1 chain is trained this many times with different shuffle seeds and
   * their averaged weights are averaged into one table (same features, so about the same size and
   * speed). Absent or 1: a single perceptron. `bag2` does the same for stage 2, `bagJackknife` for
   * the jackknifed stage-1 models whose labels stage 2 is trained on.
   */
  bag1?: number;
  bag2?: number;
  bagJackknife?: number;
  /**
   * Flat k-means word clusters (training/tables/word-kmeans.tsv.gz, build-word-kmeans.ts) appended to the
   * word-class paths, as features beside the path prefixes (needs wordClasses).
   */
  flatClasses?: boolean;
  /**
   * Other word-class / flat-cluster tables than assets/word-classes.tsv.gz and
   * training/tables/word-kmeans.tsv.gz (a path relative to the working directory, or absolute), e.g. ones built over a
   * larger vocabulary with `--words N`.
   */
  wordClassesFile?: string;
  wordKmeansFile?: string;
  /**
   * Word type priors (training/tables/word-type-priors.tsv.gz, build-word-type-priors.ts): each word's 4-bit
   * code of the types its labelled neighbours in embedding space carry, appended after the flat
   * clusters (needs flatClasses; off, the code is 0 for every word). The shipped table holds dev's
   * labels: a train-only model takes the table built from train alone (`typePriorsFile` or
   * `--type-priors`), and cross-validation one per block (`cross-validate.ts --type-priors-dir`).
   */
  typePriors?: boolean;
  typePriorsFile?: string;
  /**
   * Mention-replacement augmentation (augment.ts): this many copies of each training document, every
   * entity span replaced by another name of its type, are trained on beside the originals (0 or
   * absent: off). A copy belongs to its source document's jackknife fold (same entity memory, same
   * jackknifed stage-1 model). The names come from the training documents' own labels: with
   * `augmentPool` "fold" (default) from the documents of the copy's fold, so a replacement is in the
   * fold's memory (the other folds' names) about as often as a name of that fold is; with "all" from
   * every training document. `augmentRate` (default 1): the share of a copy's names replaced.
   * `augmentByMention`: names drawn in proportion to their labelled mentions (default: uniformly over
   * the distinct names).
   */
  augment?: number;
  augmentPool?: 'fold' | 'all';
  augmentRate?: number;
  augmentByMention?: boolean;
  /** false: stage 2 is trained on the original documents only (absent or true: with the copies). */
  augmentStage2?: boolean;
}

export interface PreparedDoc {
  text: string;
  conllStarts: number[];
  conllEnds: number[];
  conllTags: string[];
  starts: Int32Array;
  ends: Int32Array;
  sentenceOf: Int32Array;
  ctx: DocContext;
  gold: Uint8Array;
}

const LABEL_INDEX = new Map<string, number>(LABELS.map((l, k) => [l, k]));

/** Text as an outside check feeds it, tokenised by our own tokenizer; gold labels projected onto our tokens. */
export function prepare(doc: ConllDoc, gaz: Gazetteer, memory?: Gazetteer, classes?: WordClasses): PreparedDoc {
  const { text, starts: cs, ends: ce, tags } = docText(doc);
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  const gold = new Uint8Array(count);
  let j = 0;
  for (let k = 0; k < count; k++) {
    while (j + 1 < cs.length && ce[j] <= starts[k]) j++;
    let t = tags[j];
    if (starts[k] !== cs[j] && t.startsWith('B-')) t = 'I-' + t.slice(2);
    gold[k] = LABEL_INDEX.get(t) ?? 0;
  }
  const ctx = buildDocContext(text, starts.subarray(0, count), ends.subarray(0, count), count, a.sentenceOf, gaz, memory, classes);
  return { text, conllStarts: cs, conllEnds: ce, conllTags: tags, starts, ends, sentenceOf: a.sentenceOf, ctx, gold };
}

/** Feature ids of every token of a document, flattened (offsets[k]..offsets[k+1]). */
export interface DocFeatures {
  feats: Uint32Array;
  offsets: Int32Array;
}

export function docFeatures(d: PreparedDoc, stage1?: Uint8Array): DocFeatures {
  const count = d.ctx.count;
  const buf = new Uint32Array(MAX_FEATURES);
  const parts: number[] = [];
  const offsets = new Int32Array(count + 1);
  let dt: ReturnType<typeof documentTypes> | undefined;
  if (stage1) dt = documentTypes(d.ctx, stage1);
  for (let i = 0; i < count; i++) {
    const n = extractFeatures(d.ctx, i, buf, stage1, dt);
    for (let f = 0; f < n; f++) parts.push(buf[f]);
    offsets[i + 1] = parts.length;
  }
  return { feats: Uint32Array.from(parts), offsets };
}

const MEM_CATEGORY: Record<string, number> = {
  PER: GAZ_CATEGORIES.indexOf('mem-per'),
  ORG: GAZ_CATEGORIES.indexOf('mem-org'),
  LOC: GAZ_CATEGORIES.indexOf('mem-loc'),
  MISC: GAZ_CATEGORIES.indexOf('mem-misc'),
};
const MEM_ONCE_CATEGORY: Record<NerType, number> = {
  PER: GAZ_CATEGORIES.indexOf('mem-per-once'),
  ORG: GAZ_CATEGORIES.indexOf('mem-org-once'),
  LOC: GAZ_CATEGORIES.indexOf('mem-loc-once'),
  MISC: GAZ_CATEGORIES.indexOf('mem-misc-once'),
};

/**
 * Gazetteer of the entity names labelled in docs (one category per type; with `once`, names of a type
 * labelled in a single document get that type's `-once` category instead).
 */
export function buildMemory(docs: ConllDoc[], once = false): Gazetteer {
  const named = new Map<string, { tokens: number[]; type: NerType; docs: Set<number> }>();
  docs.forEach((doc, d) => {
    doc.tokens.forEach((sent, s) => {
      const tags = doc.tags[s];
      for (const { start, end, type } of entitySpans(tags)) {
        if (!tags[start].startsWith('B-')) continue;
        const phrase = sent.slice(start, end).join(' ');
        const sp = tokenizeSpans(phrase);
        const tokens: number[] = [];
        for (let j = 0; j < sp.count; j++) tokens.push(hashRange(phrase, sp.starts[j], sp.ends[j], true));
        const key = `${type}\t${tokens.join(' ')}`;
        const entry = named.get(key) ?? { tokens, type: type as NerType, docs: new Set<number>() };
        entry.docs.add(d);
        named.set(key, entry);
      }
    });
  });
  const entries = [...named.values()].map(({ tokens, type, docs: seenIn }) => ({
    tokens,
    category: once && seenIn.size === 1 ? MEM_ONCE_CATEGORY[type] : MEM_CATEGORY[type],
  }));
  return Gazetteer.build(entries);
}

/** Every distinct feature hash seen in training (the shipped model keeps only these). */
export function uniqueHashes(fs: DocFeatures[]): Uint32Array {
  const seen = new Set<number>();
  for (const f of fs) for (let k = 0; k < f.feats.length; k++) seen.add(f.feats[k]);
  return Uint32Array.from(seen).sort();
}

/**
 * Each word's numbers in a `word<TAB>number...` table as `bits[q]` binary digits each, joined. The tables
 * list the word-class table's words, so a word missing from one means a wrong file.
 */
function binaryColumns(file: string, bits: number[], what: string): (word: string) => string {
  const digitsOf = new Map<string, string>();
  for (const line of gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n')) {
    const cols = line.split('\t');
    if (cols.length !== bits.length + 1) continue;
    digitsOf.set(
      cols[0],
      bits
        .map((b, q) =>
          Number(cols[q + 1])
            .toString(2)
            .padStart(b, '0'),
        )
        .join(''),
    );
  }
  return (word) => {
    const digits = digitsOf.get(word);
    if (digits === undefined) throw new Error(`no ${what} for ${word} in ${file}`);
    return digits;
  };
}

/** The committed word-class table (built by build-word-classes.ts), keyed by lower-case word hash. */
function loadWordClasses(settings: Settings): WordClasses {
  // A table named in the settings or on the command line, relative to the working directory; else the committed one.
  const tableFile = (file: string | undefined, committed: string) => (file ? path.resolve(file) : committed);
  const lines = gunzipSync(fs.readFileSync(tableFile(settings.wordClassesFile, WORD_CLASSES_PATH)))
    .toString('utf8')
    .split('\n');
  // Flat clusters and the type prior of each word as binary digits after its path (word-classes.ts: FLAT_CLASS_BITS).
  const flat = settings.flatClasses ?? false;
  const clustersOf = flat ? binaryColumns(tableFile(settings.wordKmeansFile, WORD_KMEANS_PATH), KMEANS_CLASS_BITS, 'flat word cluster') : undefined;
  const noPrior = '0'.repeat(TYPE_PRIOR_BITS);
  const priorOf =
    flat && settings.typePriors ? binaryColumns(tableFile(settings.typePriorsFile, WORD_TYPE_PRIORS_PATH), [TYPE_PRIOR_BITS], 'type prior') : () => noPrior;
  const entries: Array<{ lowerHash: number; path: string }> = [];
  for (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    let p = line.slice(tab + 1);
    if (clustersOf) p += clustersOf(word) + priorOf(word);
    entries.push({ lowerHash: hashRange(line, 0, tab, true), path: p });
  }
  return WordClasses.build(entries);
}

export function trainChain(
  docs: PreparedDoc[],
  feats: DocFeatures[],
  bits: number,
  epochs: number,
  seed: number,
  log?: (e: number) => void,
  margin = 0,
): LinearChain {
  const p = new Perceptron(bits, margin);
  const chainGold = docs.map((d) => bioToChain(d.gold));
  const rand = seededRandom(seed);
  const order = docs.map((_, k) => k);
  for (let e = 0; e < epochs; e++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const d of order) p.trainDoc(feats[d], chainGold[d], docs[d].sentenceOf);
    log?.(e);
  }
  return p.averaged();
}

/** Seed offset between the members of a bag (member 0 keeps the chain's own seed). */
export const BAG_SEED_STEP = 1000;

/**
 * `size` chains trained as trainChain does, member j with seed + j * BAG_SEED_STEP, their averaged
 * weights and transitions averaged into one chain (a bag of one is trainChain itself). Decoding is
 * argmax, so the mean and the sum give the same labels; the mean keeps the magnitudes of one chain
 * for the 16-bit quantisation (CompactChain scales by the largest weight either way).
 */
export function trainBag(
  docs: PreparedDoc[],
  feats: DocFeatures[],
  bits: number,
  epochs: number,
  seed: number,
  size: number,
  log?: (member: number, e: number) => void,
  margin = 0,
): LinearChain {
  const members = Math.max(1, size);
  let sum: LinearChain | undefined;
  for (let j = 0; j < members; j++) {
    const chain = trainChain(docs, feats, bits, epochs, seed + j * BAG_SEED_STEP, log && ((e) => log(j, e)), margin);
    if (sum) addChain(sum, chain);
    else sum = chain;
  }
  return bagMean(sum!, members);
}

/** Adds a member's weights and transitions into a bag's running sum (the first member's chain). */
export function addChain(sum: LinearChain, chain: LinearChain): void {
  for (let k = 0; k < sum.weights.length; k++) sum.weights[k] += chain.weights[k];
  for (let k = 0; k < sum.trans.length; k++) sum.trans[k] += chain.trans[k];
}

/** The mean chain of a bag whose members' sum is `sum` (a bag of one is its member itself). */
export function bagMean(sum: LinearChain, members: number): LinearChain {
  if (members === 1) return sum;
  return new LinearChain(
    sum.bits,
    sum.weights.map((x) => x / members),
    sum.trans.map((x) => x / members),
  );
}

/** Labels via precomputed features (training-time twin of tagDocument). */
export function tagWithFeatures(chain: LinearChain, f: DocFeatures, sentenceOf: Int32Array): Uint8Array {
  return Perceptron.decodeDoc(chain, f, sentenceOf);
}

export function evaluate(model: NerModel, docs: PreparedDoc[]): ReturnType<typeof score> {
  const { gold, predicted } = tagPrepared(model, docs);
  return score(gold, predicted);
}

/** Each document's gold IOB2 tags and the model's, on the CoNLL tokens. */
function tagPrepared(model: NerModel, docs: PreparedDoc[]): { gold: string[][]; predicted: string[][] } {
  const gold: string[][] = [];
  const predicted: string[][] = [];
  for (const d of docs) {
    const labels = model.tag(d.text, d.starts, d.ends, d.ctx.count, d.sentenceOf);
    const spans = labelsToSpans(labels, 0, labels.length).map((s) => ({ start: d.starts[s.start], end: d.ends[s.end - 1], type: NER_TYPES[s.type - 1] }));
    gold.push(d.conllTags);
    predicted.push(charSpansToTags(spans, d.conllStarts, d.conllEnds));
  }
  return { gold, predicted };
}

function fmt(s: ReturnType<typeof score>): string {
  return Object.entries(s)
    .map(([t, x]) => `${t} P=${(100 * x.p).toFixed(2)} R=${(100 * x.r).toFixed(2)} F=${(100 * x.f).toFixed(2)}`)
    .join('\n');
}

export interface TrainInputs {
  settings: Settings;
  gaz: Gazetteer;
  classes?: WordClasses;
  log?: (m: string) => void;
}

/**
 * Trains the model on `trainDocs` with the inputs' settings. The entity memory is jackknifed over
 * the training documents; the returned model carries the memory of all of them. `dev` (optional)
 * is scored after each stage for the log.
 */
export function trainModel(trainDocs: ConllDoc[], inputs: TrainInputs, meta: Record<string, unknown>, devDocs: ConllDoc[] = [], devName = 'dev'): NerModel {
  const { settings, gaz, classes } = inputs;
  const log = inputs.log ?? ((): void => undefined);
  // Entity memory: for each training document from the other folds only (it must not see its own
  // labels), for dev and the shipped model from all of train.
  // The jackknife fold of training document k (the one rule for the memory, the name pools and stage 2).
  const jackknifeFold = (k: number): number => k % settings.folds;
  let memory: Gazetteer | undefined;
  let foldMemory: Gazetteer[] = [];
  if (settings.memory) {
    memory = buildMemory(trainDocs, settings.memoryOnce);
    foldMemory = Array.from({ length: settings.folds }, (_, f) =>
      buildMemory(
        trainDocs.filter((_, k) => jackknifeFold(k) !== f),
        settings.memoryOnce,
      ),
    );
    log(`entity memory: ${memory.size} table entries`);
  }
  // Jackknife fold of each training document; augmented copies (after the originals) take their source's.
  let docs = trainDocs;
  if ((settings.augment ?? 0) > 0) {
    const inFoldDocs = (f: number): ConllDoc[] => trainDocs.filter((_, k) => jackknifeFold(k) === f);
    const byMention = settings.augmentByMention ?? false;
    const pools =
      settings.augmentPool === 'all' ? [namePool(trainDocs, byMention)] : Array.from({ length: settings.folds }, (_, f) => namePool(inFoldDocs(f), byMention));
    const poolOf = (d: number): NamePool => pools[pools.length === 1 ? 0 : jackknifeFold(d)];
    docs = [...trainDocs, ...augmentDocs(trainDocs, settings.augment!, settings.seed + 7, poolOf, settings.augmentRate ?? 1)];
  }
  const foldOf = docs.map((_, k) => jackknifeFold(k % trainDocs.length));
  const train = docs.map((d, k) => prepare(d, gaz, foldMemory[foldOf[k]], classes));
  const dev = devDocs.map((d) => prepare(d, gaz, memory, classes));
  log(`train ${train.length} docs (${trainDocs.length} originals), ${devName} ${dev.length} docs`);

  const f1 = train.map((d) => docFeatures(d));
  log('stage-1 features ready');
  const margin = settings.margin ?? 0;
  const bagLog =
    (stage: string) =>
    (j: number, e: number): void =>
      log(`${stage}${j > 0 ? ` (bag member ${j + 1})` : ''} epoch ${e + 1}`);
  const stage1 = trainBag(train, f1, settings.bits, settings.epochs1, settings.seed, settings.bag1 ?? 1, bagLog('stage1'), margin);
  const compact1 = CompactChain.fromDense(stage1, uniqueHashes(f1));
  let model = new NerModel(compact1, undefined, gaz, meta, memory, classes);
  if (dev.length) log(`stage 1 ${devName}:\n` + fmt(evaluate(model, dev)));

  if (settings.stage2) {
    // Jackknife: stage-1 labels for each training document come from a model that never saw it,
    // so the second stage learns how far to trust first-pass labels on unseen text.
    const s1labels: Uint8Array[] = new Array(train.length);
    for (let fold = 0; fold < settings.folds; fold++) {
      const inFold = (k: number): boolean => foldOf[k] === fold;
      const idx = train.map((_, k) => k).filter((k) => !inFold(k));
      const chain = trainBag(
        idx.map((k) => train[k]),
        idx.map((k) => f1[k]),
        settings.bits,
        settings.epochs1,
        settings.seed + fold + 1,
        settings.bagJackknife ?? 1,
        undefined,
        margin,
      );
      train.forEach((d, k) => {
        if (inFold(k) && (settings.augmentStage2 !== false || k < trainDocs.length)) s1labels[k] = tagWithFeatures(chain, f1[k], d.sentenceOf);
      });
      log(`jackknife fold ${fold + 1}/${settings.folds}`);
    }
    // Stage 2 on the originals alone when `augmentStage2` is false (the copies train stage 1 only).
    const train2 = settings.augmentStage2 === false ? train.slice(0, trainDocs.length) : train;
    const f2 = train2.map((d, k) => docFeatures(d, s1labels[k]));
    const stage2 = trainBag(train2, f2, settings.bits, settings.epochs2, settings.seed + 100, settings.bag2 ?? 1, bagLog('stage2'), margin);
    model = new NerModel(compact1, CompactChain.fromDense(stage2, uniqueHashes(f2)), gaz, meta, memory, classes);
    if (dev.length) log(`stage 2 ${devName}:\n` + fmt(evaluate(model, dev)));
  }
  return model;
}

/** Model-label scores of `docs` (prepared with the model's own gazetteer, memory and classes). */
export function scoreDocs(model: NerModel, docs: ConllDoc[]): ReturnType<typeof score> {
  return scoreTagged(tagDocs(model, docs));
}

/** Model-label scores of documents tagDocs tagged. */
export function scoreTagged(tagged: Array<{ gold: string[]; predicted: string[] }>): ReturnType<typeof score> {
  return score(
    tagged.map((d) => d.gold),
    tagged.map((d) => d.predicted),
  );
}

/** The documents tagged by the model: gold and predicted IOB2 tags beside the tokens, flat per document. */
export function tagDocs(model: NerModel, docs: ConllDoc[]): Array<{ tokens: string[]; gold: string[]; predicted: string[] }> {
  const { gold, predicted } = tagPrepared(
    model,
    docs.map((d) => prepare(d, model.gazetteer, model.memory, model.wordClasses)),
  );
  return docs.map((d, i) => ({ tokens: d.tokens.flat(), gold: gold[i], predicted: predicted[i] }));
}

/** Settings from `--settings` (default training/settings.json) with the command-line switches applied. */
export function readSettings(args: string[]): Settings {
  const k = args.indexOf('--settings');
  const settingsPath = k >= 0 ? args[k + 1] : path.join(__dirname, 'settings.json');
  const settings = JSON.parse(fs.readFileSync(settingsPath, 'utf8')) as Settings;
  if (args.includes('--no-stage2')) settings.stage2 = false;
  if (args.includes('--train-only')) settings.trainOnDev = false;
  const p = args.indexOf('--type-priors');
  if (p >= 0) settings.typePriorsFile = args[p + 1];
  return settings;
}

/** The gazetteer the settings' name lists give (the same for every cross-validation block). */
export function trainGazetteer(settings: Settings, log: (m: string) => void): Gazetteer {
  const { gaz, phrases } = buildGazetteer({ compromise: settings.compromiseLists, peopleNames: settings.peopleNames });
  log(`gazetteer: ${phrases} phrases, ${gaz.size} table entries`);
  return gaz;
}

/** The gazetteer and word classes every training run shares; `gaz`, when given, is one trainGazetteer built. */
export function trainInputs(settings: Settings, log: (m: string) => void, gaz = trainGazetteer(settings, log)): TrainInputs {
  const classes = settings.wordClasses ? loadWordClasses(settings) : undefined;
  if (classes) log(`word classes: depth ${classes.depth}, ${classes.keys.length} slots`);
  return { settings, gaz, classes, log };
}

export const elapsedLog = (): ((m: string) => void) => {
  const t0 = Date.now();
  return (m: string): void => console.log(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${m}`);
};

function main(): void {
  const args = process.argv.slice(2);
  const k = args.indexOf('--out');
  const out = k >= 0 ? args[k + 1] : DEFAULT_MODEL_PATH;
  const settings = readSettings(args);
  const log = elapsedLog();
  if (!settings.trainOnDev && settings.typePriors && !settings.typePriorsFile) {
    // The shipped priors hold dev's labels; dev figures need priors built from train alone.
    throw new Error('--train-only with type priors needs --type-priors <train.tsv.gz from build-word-type-priors.ts --variants>');
  }

  if (k < 0) log(writeCountryAliases());
  const inputs = trainInputs(settings, log);
  const devDocs = readConll('dev');
  const trainDocs = settings.trainOnDev ? [...readConll('train'), ...devDocs] : readConll('train');
  const devName = settings.trainOnDev ? 'dev (seen in training: not a held-out figure)' : 'dev';
  const meta = {
    settings,
    trainedOn: settings.trainOnDev ? 'CoNLL-2003 English train + dev splits' : 'CoNLL-2003 English train split',
    createdAt: new Date(0).toISOString(),
  };
  const model = trainModel(trainDocs, inputs, meta, devDocs, devName);
  // Out-of-domain sets: error analysis only, never training (model labels, no canonical layer).
  for (const name of NER_EXTRA_SETS) {
    const s = scoreDocs(model, readNerExtra(name));
    log(`${name}: ` + ['micro', 'PER', 'ORG', 'LOC', 'MISC'].map((t) => `${t} ${(100 * s[t].f).toFixed(2)}`).join('  '));
  }
  const buf = model.toBuffer();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, buf);
  log(`wrote ${out} (${(buf.length / 1e6).toFixed(2)} MB)`);
}

if (require.main === module) main();
