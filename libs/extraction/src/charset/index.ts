// A separate entry (`@newswire/extraction/charset`) for callers that only turn bytes into text:
// the package index also loads the HTML parser, tinyld and the metadata models.
export { decodeContent } from './decode-content';
