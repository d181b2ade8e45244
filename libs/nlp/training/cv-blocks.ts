// What the cross-validation scripts (cross-validate.ts, bag-curve.ts) share: the folds are contiguous
// blocks of CoNLL train (date order), and the pooled figure sums each type's counts over the folds.
import { score } from './conll';

export const SCORED_TYPES = ['micro', 'PER', 'ORG', 'LOC', 'MISC'] as const;

/** Fold f (0-based) of `folds` contiguous blocks of n documents: documents lo..hi-1. */
export function foldBlock(f: number, folds: number, n: number): { lo: number; hi: number } {
  return { lo: Math.floor((f * n) / folds), hi: Math.floor(((f + 1) * n) / folds) };
}

/** Entity counts summed over the scored folds, for each type's pooled F1. */
export class PooledScore {
  private readonly tp: Record<string, number> = {};
  private readonly fp: Record<string, number> = {};
  private readonly fn: Record<string, number> = {};

  add(s: ReturnType<typeof score>): void {
    for (const t of SCORED_TYPES) {
      this.tp[t] = (this.tp[t] ?? 0) + s[t].tp;
      this.fp[t] = (this.fp[t] ?? 0) + s[t].fp;
      this.fn[t] = (this.fn[t] ?? 0) + s[t].fn;
    }
  }

  f1(t: string): number {
    return (2 * this.tp[t]) / (2 * this.tp[t] + this.fp[t] + this.fn[t]);
  }
}
