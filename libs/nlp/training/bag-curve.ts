// Stage-1 CV (as `cross-validate.ts --no-stage2`, same blocks) of bags of 1..K perceptrons from one run:
// member j is trained once per fold and the running mean of members 0..j is scored (the same sums as
// trainBag, so row "bag 2" is what `"bag1": 2` gives). Usage: npx tsx libs/nlp/training/bag-curve.ts --k 3 [--only i,j] [--settings path]
import { readConll } from './conll';
import { buildMemory, elapsedLog, prepare, docFeatures, readSettings, trainChain, trainInputs, uniqueHashes, BAG_SEED_STEP } from './train-ner';
import { CompactChain, LinearChain } from '../src/ner/linear-chain';
import { NerModel } from '../src/ner/ner-model';
import { scoreDocs } from './train-ner';

const TYPES = ['micro', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const args = process.argv.slice(2);
const K = Number(args[args.indexOf('--k') + 1]);
const o = args.indexOf('--only');
const only = o >= 0 ? new Set(args[o + 1].split(',').map(Number)) : undefined;
const settings = readSettings(args);
const log = elapsedLog();
const inputs = trainInputs(settings, () => undefined);
const { gaz, classes } = inputs;
const docs = readConll('train');
const folds = 5;
const pooled = Array.from({ length: K }, () => ({ tp: {} as Record<string, number>, fp: {} as Record<string, number>, fn: {} as Record<string, number> }));
const perFold: string[][] = Array.from({ length: K }, () => []);
for (let f = 0; f < folds; f++) {
  if (only && !only.has(f + 1)) continue;
  const lo = Math.floor((f * docs.length) / folds);
  const hi = Math.floor(((f + 1) * docs.length) / folds);
  const trainDocs = [...docs.slice(0, lo), ...docs.slice(hi)];
  const memory = buildMemory(trainDocs);
  const foldMemory = Array.from({ length: settings.folds }, (_, g) => buildMemory(trainDocs.filter((_, k) => k % settings.folds !== g)));
  const train = trainDocs.map((d, k) => prepare(d, gaz, foldMemory[k % settings.folds], classes));
  const f1 = train.map((d) => docFeatures(d));
  const hashes = uniqueHashes(f1);
  let sum: LinearChain | undefined;
  for (let j = 0; j < K; j++) {
    const chain = trainChain(train, f1, settings.bits, settings.epochs1, settings.seed + j * BAG_SEED_STEP, undefined, settings.margin ?? 0);
    let mean: LinearChain;
    if (!sum) {
      sum = chain;
      mean = chain;
    } else {
      for (let k = 0; k < sum.weights.length; k++) sum.weights[k] += chain.weights[k];
      for (let k = 0; k < sum.trans.length; k++) sum.trans[k] += chain.trans[k];
      const n = j + 1;
      mean = new LinearChain(
        sum.bits,
        sum.weights.map((x) => x / n),
        sum.trans.map((x) => x / n),
      );
    }
    const model = new NerModel(CompactChain.fromDense(mean, hashes), undefined, gaz, {}, memory, classes);
    const s = scoreDocs(model, docs.slice(lo, hi));
    for (const t of TYPES) {
      pooled[j].tp[t] = (pooled[j].tp[t] ?? 0) + s[t].tp;
      pooled[j].fp[t] = (pooled[j].fp[t] ?? 0) + s[t].fp;
      pooled[j].fn[t] = (pooled[j].fn[t] ?? 0) + s[t].fn;
    }
    perFold[j].push((100 * s.micro.f).toFixed(2));
    log(`fold ${f + 1} bag ${j + 1}: ${TYPES.map((t) => `${t} ${(100 * s[t].f).toFixed(2)}`).join('  ')}`);
  }
}
for (let j = 0; j < K; j++) {
  const p = pooled[j];
  const f1 = (t: string): number => (2 * p.tp[t]) / (2 * p.tp[t] + p.fp[t] + p.fn[t]);
  console.log(`| bag ${j + 1} | ${TYPES.map((t) => (100 * f1(t)).toFixed(2)).join(' | ')} | ${perFold[j].join(' / ')} |`);
}
