import { labelsToSpans } from './labels';

/**
 * Acronyms of common nouns that news writes every day, as written (WordNet lists most beside their
 * lower-case expansion: "chief executive officer", "gross domestic product", "initial public offering",
 * "artificial intelligence"). CoNLL labels them no name: "GDP" 10 times of 10, "CEO" 3 of 3, "CFO", "VAT",
 * "TV" standing alone all O, "IPO" once O and once an organisation; it holds none of the later ones, which
 * the tagger read by their context ("ICU beds", "short of PPE" and "SUV output" as organisations, "EVs" as a
 * place). Only acronyms no organisation of the news commonly goes by are listed ("PC" is also Canada's
 * Progressive Conservatives, "ABC" a network).
 */
const COMMON_NOUN_ACRONYMS = new Set([
  ...['CEO', 'CEOs', 'CFO', 'CFOs', 'COO', 'CTO'],
  ...['GDP', 'GNP', 'VAT', 'EPS', 'PMI'],
  ...['IPO', 'IPOs', 'ETF', 'ETFs', 'SPAC', 'SPACs'],
  ...['AI', 'CPU', 'CPUs', 'GPU', 'GPUs', 'TV', 'TVs'],
  ...['DNA', 'RNA'],
  // 2020's news: the pandemic's wards, kit and tests; cars; money machines; references.
  ...['ICU', 'ICUs', 'PPE', 'PCR'],
  ...['SUV', 'SUVs', 'EV', 'EVs'],
  ...['ATM', 'ATMs', 'GPS', 'NFT', 'NFTs', 'ISBN', 'URL', 'URLs', 'API', 'APIs'],
  // Sport's awards to a player.
  ...['MVP', 'MVPs'],
  // Units written as capitals after a number ("3.5 GHz"), read as MISC.
  ...['GHz', 'MHz'],
]);

/**
 * A one-word name that is one of those acronyms goes back to O, in place: the tagger read "its IPO" and
 * "the CEO" as organisations and "AI" as MISC, organisation or person by context. An acronym inside a
 * longer name ("CBS TV", "Fox TV News") is left to that name.
 */
export function dropCommonNounAcronyms(text: string, starts: Int32Array, ends: Int32Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.end - s.start !== 1) continue;
    const length = ends[s.start] - starts[s.start];
    if (length >= 2 && length <= 5 && COMMON_NOUN_ACRONYMS.has(text.slice(starts[s.start], ends[s.start]))) labels[s.start] = 0;
  }
}
