/** What reaches the parser: a page (HTML) or a text dump, optionally with fields the submitter already knows. */
export interface ArticleInput {
  /**
   * Raw HTML of the page, as text or as its UTF-8 bytes (decoded piece by piece, never as one string:
   * cheaper on large pages). Exactly one of html / text / body should carry the content.
   */
  html?: string | Uint8Array;
  /** Plain-text dump of a page (navigation and other junk lines included). */
  text?: string;
  /** Raw bytes when the charset is unknown (decoded by declared or sniffed charset). */
  bytes?: Buffer;
  /** MIME type as submitted, e.g. `text/html; charset=iso-8859-1`. */
  contentType?: string;
  /** The page's URL when known (dates, canonical URL, site name). */
  url?: string;
  /** Fields a submitter already extracted: kept, but still cleaned and normalised. */
  title?: string;
  body?: string;
}

/** The parsed article stored by the parse service and carried in `article.parsed`. */
export interface ParsedArticle {
  title: string | null;
  subtitle: string | null;
  authors: string[];
  publisher: string | null;
  /** ISO 8601 (date or date-time). */
  publishedAt: string | null;
  /** ISO 639-1 code. */
  language: string | null;
  canonicalUrl: string | null;
  paragraphs: string[];
  /** Paragraphs joined by blank lines. */
  body: string;
  wordCount: number;
  /** Lines removed as boilerplate, kept for audit. */
  boilerplate: string[];
}
