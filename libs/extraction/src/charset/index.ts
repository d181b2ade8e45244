// A separate entry (`@newswire/extraction/charset`) for callers that only turn bytes into text:
// the package index also loads the HTML parser, tinyld and the metadata models.
export { decodeContent, isBlankUtf8, utf8Text } from './decode-content';
