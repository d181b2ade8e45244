export * from './article.types';
export { ArticleParseError } from './errors';
export type { ArticleParseErrorCode } from './errors';
export { parseArticle, DEFAULT_MAX_BYTES } from './parse-article';
export type { ParseOptions } from './parse-article';
export { decodeContent } from './charset';
export { warmUpExtraction, warmUpPage } from './warm-up';
