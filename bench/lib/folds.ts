import { createHash } from 'crypto';

/**
 * Cross-validation folds with a fixed seed: a page's fold depends only on its id and the seed, so
 * adding pages to a corpus never moves the others, and every run (and every developer) sees the
 * same split. A change is kept only if it helps on folds it was not derived from.
 */
export const FOLD_SEED = 'newswire-cv-2026';
export const FOLD_COUNT = 5;

export function foldOf(id: string, folds = FOLD_COUNT, seed = FOLD_SEED): number {
  return createHash('sha256').update(`${seed}:${id}`).digest().readUInt32BE(0) % folds;
}

/** Splits items into `folds` groups by their id's fold. */
export function splitIntoFolds<T>(items: T[], idOf: (item: T) => string, folds = FOLD_COUNT, seed = FOLD_SEED): T[][] {
  const groups: T[][] = Array.from({ length: folds }, () => []);
  for (const item of items) groups[foldOf(idOf(item), folds, seed)].push(item);
  return groups;
}
