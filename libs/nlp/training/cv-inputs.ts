// The training inputs of each cross-validation block. With type priors on, block N trains on the table
// built without its labels (`build-word-type-priors.ts --variants DIR`, passed as `--type-priors-dir DIR`):
// the shipped table would hand the held-out block its own labels through its words' neighbours.
import * as path from 'path';
import { CV_BLOCKS } from './build-word-type-priors';
import { Settings, trainGazetteer, TrainInputs, trainInputs } from './train-ner';

export function cvInputs(settings: Settings, args: string[], folds: number): (fold: number) => TrainInputs {
  if (!settings.typePriors) {
    const shared = trainInputs(settings, () => undefined);
    return () => shared;
  }
  if (folds !== CV_BLOCKS) throw new Error(`type priors are built for ${CV_BLOCKS} cross-validation blocks, not ${folds}`);
  const k = args.indexOf('--type-priors-dir');
  if (k < 0) throw new Error('type priors in cross-validation need --type-priors-dir <DIR of build-word-type-priors.ts --variants DIR>');
  const dir = args[k + 1];
  // Only the word classes differ between blocks: the gazetteer is built once.
  const gaz = trainGazetteer(settings, () => undefined);
  return (fold) => trainInputs({ ...settings, typePriorsFile: path.join(dir, `without-block-${fold + 1}.tsv.gz`) }, () => undefined, gaz);
}
