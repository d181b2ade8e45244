// Stage-1 CV (as `cross-validate.ts --no-stage2`, same blocks) of bags of 1..K perceptrons from one run:
// member j is trained once per fold and the running mean of members 0..j is scored (the same sums as
// trainBag, so row "bag 2" is what `"bag1": 2` gives). Usage: npx tsx libs/nlp/training/bag-curve.ts --k 3 [--only i,j] [--settings path] [--type-priors-dir DIR]
import { readConll } from './conll';
import { foldBlock, PooledScore, SCORED_TYPES as TYPES } from './cv-blocks';
import {
  addChain,
  bagMean,
  BAG_SEED_STEP,
  buildMemory,
  docFeatures,
  elapsedLog,
  prepare,
  readSettings,
  scoreDocs,
  trainChain,
  uniqueHashes,
} from './train-ner';
import { cvInputs } from './cv-inputs';
import { CompactChain, LinearChain } from '../src/ner/linear-chain';
import { NerModel } from '../src/ner/ner-model';

const args = process.argv.slice(2);
const K = Number(args[args.indexOf('--k') + 1]);
const o = args.indexOf('--only');
const only = o >= 0 ? new Set(args[o + 1].split(',').map(Number)) : undefined;
const settings = readSettings(args);
const log = elapsedLog();
const docs = readConll('train');
const folds = 5;
const inputs = cvInputs(settings, args, folds);
const pooled = Array.from({ length: K }, () => new PooledScore());
const perFold: string[][] = Array.from({ length: K }, () => []);
for (let f = 0; f < folds; f++) {
  if (only && !only.has(f + 1)) continue;
  const { lo, hi } = foldBlock(f, folds, docs.length);
  const { gaz, classes } = inputs(f);
  const trainDocs = [...docs.slice(0, lo), ...docs.slice(hi)];
  const memory = buildMemory(trainDocs);
  const foldMemory = Array.from({ length: settings.folds }, (_, g) => buildMemory(trainDocs.filter((_, k) => k % settings.folds !== g)));
  const train = trainDocs.map((d, k) => prepare(d, gaz, foldMemory[k % settings.folds], classes));
  const f1 = train.map((d) => docFeatures(d));
  const hashes = uniqueHashes(f1);
  let sum: LinearChain | undefined;
  for (let j = 0; j < K; j++) {
    const chain = trainChain(train, f1, settings.bits, settings.epochs1, settings.seed + j * BAG_SEED_STEP, undefined, settings.margin ?? 0);
    if (sum) addChain(sum, chain);
    else sum = chain;
    const mean = bagMean(sum, j + 1);
    const model = new NerModel(CompactChain.fromDense(mean, hashes), undefined, gaz, {}, memory, classes);
    const s = scoreDocs(model, docs.slice(lo, hi));
    pooled[j].add(s);
    perFold[j].push((100 * s.micro.f).toFixed(2));
    log(`fold ${f + 1} bag ${j + 1}: ${TYPES.map((t) => `${t} ${(100 * s[t].f).toFixed(2)}`).join('  ')}`);
  }
}
for (let j = 0; j < K; j++) {
  console.log(`| bag ${j + 1} | ${TYPES.map((t) => (100 * pooled[j].f1(t)).toFixed(2)).join(' | ')} | ${perFold[j].join(' / ')} |`);
}
