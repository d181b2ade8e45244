import { Parser } from 'htmlparser2';
import { classBits, FURNITURE, FURNITURE_BY_NAME, STORY } from './class-names';
import { capNesting } from './cap-nesting';
import { utf8Text } from '../charset/decode-content';

/** A lean element tree: only what extraction needs, built in one pass over the markup. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
  /** Markup or naming marks this element as page furniture (nav, share bar, comments...). */
  ownBoiler: boolean;
  /** What the class/id names (see class-names.ts). */
  bits: number;
  /** A descendant is named as the story (itemprop=articleBody, "entry-content"...): not furniture then. */
  holdsStory?: boolean;
}
export type HtmlNode = HtmlElement | string;

export interface HtmlDocument {
  root: HtmlElement;
  /** Text of <title>. */
  title: string | null;
  /** Attributes of every <meta>. */
  metas: Array<Record<string, string>>;
  /** Attributes of every <link>. */
  links: Array<Record<string, string>>;
  /** Raw contents of <script type="application/ld+json">. */
  jsonLd: string[];
  /** Raw contents of other inline scripts (page state such as __NEXT_DATA__, data layers), capped in total. */
  scripts: string[];
  /** <html lang>. */
  lang: string | null;
}

export interface BuildOptions {
  /** Elements deeper than this are flattened into their ancestor (bounds recursion on hostile nesting). */
  maxDepth?: number;
}

// Open elements at once beyond which the markup is rewritten before parsing (see cap-nesting.ts).
const PARSER_DEPTH_LIMIT = 1500;
// Markup is fed in chunks so runaway nesting is noticed early.
const CHUNK = 16384;

// Subtrees whose text is never article text.
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'button',
  'head',
  'video',
  'audio',
  'map',
  'dialog',
  // Ruby annotations (furigana) repeat the base text's reading: not text of their own.
  'rt',
  'rp',
]);
// Elements that are page furniture by their markup semantics.
const BOILER_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'figure', 'figcaption']);
const BOILER_ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alert|toolbar)$/;
/** Hidden by its own markup: the `hidden` attribute, `aria-hidden`, or an inline style that hides it. */
export function isHiddenByMarkup(attrs: Record<string, string>): boolean {
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function isBoilerElement(tag: string, attrs: Record<string, string>, bits = classBits(attrs)): boolean {
  if (BOILER_TAGS.has(tag)) return true;
  if (isHiddenByMarkup(attrs)) return true;
  const role = attrs.role;
  if (role && BOILER_ROLES.test(role)) return true;
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return false;
  if (attrs.itemprop === 'articleBody') return false;
  return (bits & FURNITURE) !== 0;
}

/** Whether el or an ancestor is furniture by its whole class or id ("comments", "sidebar"). */
function insideNamedFurniture(el: HtmlElement | null): boolean {
  for (let e = el; e; e = e.parent) if (e.bits & FURNITURE_BY_NAME) return true;
  return false;
}

/** Parses HTML into a lean tree, collecting head metadata and JSON-LD on the way. Never recurses. */
export function buildDocument(html: string | Uint8Array, options: BuildOptions = {}): HtmlDocument {
  const doc = parseTree(html, options);
  if (doc) return doc;
  const text = typeof html === 'string' ? html : utf8Text(html);
  const capped = parseTree(capNesting(text, PARSER_DEPTH_LIMIT / 2), options);
  if (capped) return capped;
  // Strictly capped markup cannot open more than the cap at once: this parse always completes.
  return parseTree(capNesting(text, PARSER_DEPTH_LIMIT / 2, true), options) as HtmlDocument;
}

/**
 * The markup in pieces of CHUNK characters (or bytes), as the parser takes it. UTF-8 bytes are decoded
 * piece by piece: a whole page as one string goes to V8's large-object space, in freshly mapped memory
 * and born old. Decoding a 140 KB page so took 0.9 ms, in pieces 0.1 ms.
 */
function* piecesOf(html: string | Uint8Array): Generator<string> {
  if (typeof html === 'string') {
    for (let i = 0; i < html.length; i += CHUNK) yield html.slice(i, i + CHUNK);
    return;
  }
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < html.length; i += CHUNK) yield decoder.decode(html.subarray(i, i + CHUNK), { stream: i + CHUNK < html.length });
}

/** The tree, or null when the markup nests deeper than the parser handles in reasonable time. */
function parseTree(html: string | Uint8Array, options: BuildOptions): HtmlDocument | null {
  const maxDepth = options.maxDepth ?? 200;
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null, ownBoiler: false, bits: 0 };
  const doc: HtmlDocument = { root, title: null, metas: [], links: [], jsonLd: [], scripts: [], lang: null };
  let current = root;
  let depth = 0;
  // Count of open elements not materialised because they were too deep.
  let flattened = 0;
  // Inside a dropped subtree: count of open elements in it, and what to capture from it.
  let dropDepth = 0;
  let capture: 'title' | 'jsonld' | 'script' | null = null;
  let scriptChars = 0;
  let tooDeep = false;
  let captured = '';
  // A <script> opening inside or at the start of a dropped subtree: capture its text when it is kept.
  const captureScript = (attrs: Record<string, string>) => {
    const kind = scriptKind(attrs, scriptChars);
    if (kind) {
      capture = kind;
      captured = '';
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (dropDepth > 0) {
          dropDepth++;
          if (dropDepth + depth + flattened > PARSER_DEPTH_LIMIT) tooDeep = true;
          if (name === 'title' && doc.title === null) {
            capture = 'title';
            captured = '';
          } else if (name === 'meta') doc.metas.push(attrs);
          else if (name === 'link') doc.links.push(attrs);
          else if (name === 'script') captureScript(attrs);
          return;
        }
        if (name === 'meta' || name === 'link') {
          (name === 'meta' ? doc.metas : doc.links).push(attrs);
          // Microdata carried as a <meta>/<link itemprop content>: a leaf of the tree too, so its item finds it.
          if (attrs.itemprop && depth < maxDepth) current.children.push({ tag: name, attrs, children: [], parent: current, ownBoiler: false, bits: 0 });
          return;
        }
        if (name === 'html' && attrs.lang && !doc.lang) doc.lang = attrs.lang;
        if (name === 'title' && doc.title === null && !insideSvg(current)) {
          dropDepth = 1;
          capture = 'title';
          captured = '';
          return;
        }
        if (DROPPED.has(name) || name === 'title') {
          dropDepth = 1;
          if (name === 'script') captureScript(attrs);
          return;
        }
        if (depth >= maxDepth) {
          flattened++;
          if (flattened + depth > PARSER_DEPTH_LIMIT) tooDeep = true;
          return;
        }
        const bits = classBits(attrs);
        const el: HtmlElement = { tag: name, attrs, children: [], parent: current, ownBoiler: isBoilerElement(name, attrs, bits), bits };
        // A story class inside a comment list or a sidebar names that widget's text (a comment's
        // "entry-content"), not the page's story: it does not lift the furniture marks around it.
        if ((bits & STORY || attrs.itemprop === 'articleBody') && !insideNamedFurniture(current))
          for (let e: HtmlElement | null = current; e && !e.holdsStory; e = e.parent) e.holdsStory = true;
        current.children.push(el);
        current = el;
        depth++;
      },
      ontext(text) {
        if (dropDepth > 0) {
          // An inline script is kept only up to what is left of the scripts' budget.
          if (capture && (capture !== 'script' || captured.length < MAX_SCRIPT_CHARS - scriptChars)) captured += text;
          return;
        }
        const kids = current.children;
        const last = kids.length - 1;
        if (last >= 0 && typeof kids[last] === 'string') kids[last] = (kids[last] as string) + text;
        else kids.push(text);
      },
      onclosetag(name) {
        if (dropDepth > 0) {
          if (capture && (name === 'title' || name === 'script')) {
            if (capture === 'title') {
              if (doc.title === null) doc.title = captured;
            } else if (capture === 'jsonld') doc.jsonLd.push(captured);
            else if (capture === 'script' && name === 'script') {
              const kept = captured.slice(0, MAX_SCRIPT_CHARS - scriptChars);
              doc.scripts.push(kept);
              scriptChars += kept.length;
            }
            capture = null;
            captured = '';
          }
          dropDepth--;
          return;
        }
        if (name === 'meta' || name === 'link') return;
        if (flattened > 0) {
          flattened--;
          return;
        }
        if (current.parent) {
          current = current.parent;
          depth--;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  for (const piece of piecesOf(html)) {
    parser.write(piece);
    if (tooDeep) return null;
  }
  parser.end();
  return doc;
}

// Inline scripts kept for the page state they carry (dates, authors); beyond this many characters in all, none
// (metadata/page-state.ts reads no more than this either).
export const MAX_SCRIPT_CHARS = 600_000;

/** What to keep of a <script>: JSON-LD, an inline script or JSON data block, or nothing (external, templates). */
function scriptKind(attrs: Record<string, string>, scriptChars: number): 'jsonld' | 'script' | null {
  const type = (attrs.type ?? '').trim().toLowerCase();
  if (/ld\+json/.test(type)) return 'jsonld';
  if (attrs.src !== undefined || scriptChars >= MAX_SCRIPT_CHARS) return null;
  return !type || /javascript|ecmascript|^module$|^application\/json$/.test(type) ? 'script' : null;
}

function insideSvg(el: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e.tag === 'svg') return true;
  return false;
}

/** All text under an element (iterative: safe on any depth). */
export function textOf(el: HtmlElement): string {
  const out: string[] = [];
  const stack: HtmlNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      out.push(n);
      continue;
    }
    if (n.tag === 'br' || n.tag === 'p' || n.tag === 'div' || n.tag === 'li') out.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out.join('');
}

/** Depth-first walk of elements (iterative). */
export function* walkElements(el: HtmlElement): Generator<HtmlElement> {
  const stack: HtmlElement[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    for (let i = n.children.length - 1; i >= 0; i--) {
      const c = n.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
  }
}
