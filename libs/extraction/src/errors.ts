/** Why an input could not be parsed. Stable codes so callers can store and count failures. */
export type ArticleParseErrorCode = 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'UNDECODABLE' | 'NO_CONTENT' | 'INVALID_INPUT';

export class ArticleParseError extends Error {
  readonly code: ArticleParseErrorCode;

  constructor(code: ArticleParseErrorCode, message: string) {
    super(message);
    this.name = 'ArticleParseError';
    this.code = code;
  }
}
