export * from './article.types';
export { ArticleParseError, ArticleParseErrorCode } from './errors';
export { parseArticle, ParseOptions, DEFAULT_MAX_BYTES } from './parse-article';
export { decodeContent } from './charset/decode-content';
