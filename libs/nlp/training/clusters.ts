import { ConllDoc } from './conll';

/** Word clusters (bit paths) keyed by lower-case token hash; filled in by a later step. */
export function buildClusters(_docs: ConllDoc[], _log: (m: string) => void): Map<number, number> {
  return new Map();
}
