/**
 * ISO 639-1 language codes and the Postgres text-search configuration used for documents in that
 * language ('simple': no stemming, no stop words, for every other or unknown language). The database
 * side is publish.search_config() (migration 1765000000000), which the read-model test checks against this.
 */
export const SEARCH_CONFIG_BY_LANGUAGE: Readonly<Record<string, string>> = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

/** Every configuration a document can be indexed with: a query is parsed with each, so it finds documents in any language. */
export const SEARCH_CONFIGS: readonly string[] = [...new Set([...Object.values(SEARCH_CONFIG_BY_LANGUAGE), 'simple'])].sort();
