import { cvInputs } from './cv-inputs';
import type { Settings } from './train-ner';

describe('cross-validation inputs with type priors', () => {
  const settings = { wordClasses: true, flatClasses: true, typePriors: true } as Settings;

  it("refuse the shipped priors, which hold every block's labels", () => {
    expect(() => cvInputs(settings, [], 5)).toThrow(/--type-priors-dir/);
  });

  it('refuse a block count the per-block tables were not built for', () => {
    expect(() => cvInputs(settings, ['--type-priors-dir', '/tmp/priors'], 4)).toThrow(/5 cross-validation blocks, not 4/);
  });
});
