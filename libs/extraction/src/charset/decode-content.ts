import { isUtf8 } from 'buffer';
import * as iconv from 'iconv-lite';
import * as chardet from 'chardet';
import { ArticleParseError } from '../errors';

const CHARSET_IN_CONTENT_TYPE = /charset\s*=\s*["']?([\w.:-]+)/i;
// <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, in the first KB.
const CHARSET_IN_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i;

function normaliseLabel(label: string): string | null {
  let l = label.trim().toLowerCase();
  // Browsers treat these as windows-1252 (WHATWG encoding standard).
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii' || l === 'latin-1') l = 'windows-1252';
  return iconv.encodingExists(l) ? l : null;
}

function bomCharset(bytes: Buffer): string | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** True when some byte is outside ASCII: only then do charsets that extend ASCII read the bytes differently. */
function hasNonAscii(bytes: Buffer): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return true;
  return false;
}

type Declaration = { charset: string; from: 'bom' | 'header' | 'markup' };

/** Which charset the bytes declare (BOM, Content-Type, <meta charset>, XML prolog), if any, and where. */
function declaration(bytes: Buffer, contentType?: string): Declaration | null {
  const bom = bomCharset(bytes);
  if (bom) return { charset: bom, from: 'bom' };
  const fromHeader = contentType?.match(CHARSET_IN_CONTENT_TYPE)?.[1];
  if (fromHeader) {
    const l = normaliseLabel(fromHeader);
    if (l) return { charset: l, from: 'header' };
  }
  const head = bytes.subarray(0, 4096).toString('latin1');
  const fromMeta = head.match(CHARSET_IN_META)?.[1] ?? head.match(XML_ENCODING)?.[1];
  if (fromMeta) {
    const l = normaliseLabel(fromMeta);
    if (l) return { charset: l, from: 'markup' };
  }
  return null;
}

/**
 * Decodes page bytes to a string: the declared charset wins (BOM, Content-Type, <meta charset>), except
 * that bytes which are valid UTF-8 beat a legacy charset named only in the markup; otherwise valid
 * UTF-8 is taken as UTF-8, and anything else goes to a statistical sniffer.
 */
export function decodeContent(bytes: Buffer, contentType?: string): string {
  if (!Buffer.isBuffer(bytes)) throw new ArticleParseError('INVALID_INPUT', 'decodeContent expects a Buffer');
  const declared = declaration(bytes, contentType);
  let charset = declared?.charset ?? null;
  // Whether the bytes are valid UTF-8 (most pages are), checked at most once. buffer.isUtf8 accepts what a
  // fatal TextDecoder accepts, at a fraction of the cost (Node 20's fatal decoder takes ICU's slow path).
  let utf8: boolean | undefined;
  const isValidUtf8 = (): boolean => (utf8 ??= isUtf8(bytes));
  // A page that says utf-8 but is not (common with legacy CMSes) is sniffed instead.
  if (charset === 'utf-8' && declared?.from !== 'bom' && !isValidUtf8()) charset = null;
  // A page whose markup names a legacy charset but whose bytes are valid UTF-8 with non-ASCII in them was
  // re-saved or re-served as UTF-8 with its old <meta> left in (legacy text is practically never valid UTF-8).
  if (charset && charset !== 'utf-8' && declared?.from === 'markup' && hasNonAscii(bytes) && isValidUtf8()) charset = 'utf-8';
  if (!charset) {
    if (isValidUtf8()) charset = 'utf-8';
    else {
      const sniffed = chardet.detect(bytes.subarray(0, 65536));
      charset = (sniffed && normaliseLabel(sniffed)) || 'windows-1252';
    }
  }
  try {
    let text: string;
    if (charset === 'utf-8' && isValidUtf8()) {
      // Valid UTF-8 reads the same through toString as through iconv-lite, which also drops a leading BOM.
      text = bytes.toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } else text = iconv.decode(bytes, charset);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text;
  } catch (err) {
    throw new ArticleParseError('UNDECODABLE', `cannot decode content as ${charset}: ${(err as Error).message}`);
  }
}

/** Binary content (images, archives, PDFs) rather than text: NUL bytes or many control characters. */
export function looksBinary(sample: string): boolean {
  const s = sample.slice(0, 8192);
  if (s.length === 0) return false;
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 9 || (c > 13 && c < 32)) && c !== 27) control++;
  }
  return control / s.length > 0.1;
}

/** UTF-8 bytes as one string (a Buffer view of them, no copy). */
export function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Whether UTF-8 text is empty once trimmed (String.prototype.trim's whitespace), mostly decided by its first bytes. */
export function isBlankUtf8(bytes: Uint8Array): boolean {
  for (const byte of bytes) {
    if (byte === 0x20 || (byte >= 0x09 && byte <= 0x0d)) continue;
    // Non-ASCII whitespace (no-break space, BOM, ...) can open a page: those few decide on the text.
    return byte < 0x80 ? false : utf8Text(bytes).trim() === '';
  }
  return true;
}

/** The first characters of UTF-8 text, enough for looksBinary (a character cut at the end reads as U+FFFD). */
export function headOfUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 4 * 8192));
}

const REPLACEMENT_UTF8 = Buffer.from('\ufffd');

/** How many U+FFFD replacement characters UTF-8 text holds. */
export function replacementsInUtf8(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(REPLACEMENT_UTF8); at >= 0; at = buffer.indexOf(REPLACEMENT_UTF8, at + 3)) count++;
  return count;
}
