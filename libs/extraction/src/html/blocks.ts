import { HtmlElement, isBoilerElement, isHiddenByMarkup } from './dom';
import { FURNITURE_BY_NAME } from './class-names';

/** A run of text between two block-level boundaries, as a reader would see a paragraph. */
export interface TextBlock {
  /** Raw text (entities already decoded, whitespace not yet folded). */
  text: string;
  /** The nearest block-level ancestor: where the block sits in the tree. */
  el: HtmlElement;
  /** Characters of text, not counting whitespace. */
  chars: number;
  /** Characters inside links. */
  linkChars: number;
  /** Tag of the nearest block-level ancestor (p, li, h2, div, td...). */
  tag: string;
  /** Inside a heading. */
  heading: boolean;
  /** Inside page furniture (nav, share bars, comments...). */
  boiler: boolean;
}

// Elements that end one block and start another.
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'caption',
  'legend',
  'br',
  'img',
  'picture',
  'option',
  'label',
  'output',
  '#root',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

/**
 * Cuts the tree into text blocks in document order. Iterative, so any depth is safe.
 * A block's element is its nearest block-level ancestor; links, emphasis and spans stay inside.
 */
export function linearise(root: HtmlElement): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let chars = 0;
  let linkChars = 0;
  let blockEl: HtmlElement = root;

  const flush = () => {
    if (chars > 0) {
      blocks.push({
        text: parts.join(''),
        el: blockEl,
        chars,
        linkChars,
        tag: blockEl.tag,
        heading: isInHeading(blockEl),
        boiler: false,
      });
    }
    parts = [];
    chars = 0;
    linkChars = 0;
  };

  // Stack frames: a node to enter, or a marker to leave an element.
  type Frame = { node: HtmlElement | string; exit: boolean; inLink: number };
  const stack: Frame[] = [{ node: root, exit: false, inLink: 0 }];
  const blockStack: HtmlElement[] = [];
  while (stack.length) {
    const f = stack.pop()!;
    const n = f.node;
    if (typeof n === 'string') {
      const c = nonSpaceLength(n);
      if (c === 0) {
        if (parts.length) parts.push(' ');
        continue;
      }
      parts.push(n);
      chars += c;
      if (f.inLink) linkChars += c;
      continue;
    }
    const isBlock = BLOCK_TAGS.has(n.tag);
    if (f.exit) {
      if (isBlock) {
        flush();
        blockStack.pop();
        blockEl = blockStack.length ? blockStack[blockStack.length - 1] : root;
      }
      continue;
    }
    // A hidden block is marked as furniture with its blocks (markBoilerplate); a hidden inline element
    // (a gallery's other captions, `<cite style="display:none">`) would join its block's visible text.
    if (!isBlock && isHiddenByMarkup(n.attrs)) continue;
    if (isBlock) {
      flush();
      if (n.tag === 'br' || n.tag === 'hr' || n.tag === 'img') continue;
      blockStack.push(n);
      blockEl = n;
    }
    const inLink = f.inLink + (n.tag === 'a' ? 1 : 0);
    if (isBlock) stack.push({ node: n, exit: true, inLink });
    for (let i = n.children.length - 1; i >= 0; i--) stack.push({ node: n.children[i], exit: false, inLink });
  }
  flush();
  return blocks;
}

function isInHeading(el: HtmlElement): boolean {
  let e: HtmlElement | null = el;
  for (let i = 0; e && i < 3; i++, e = e.parent) if (HEADINGS.has(e.tag)) return true;
  return false;
}

/**
 * Marks blocks inside page furniture. A furniture mark on an element that holds most of the page's
 * text is ignored: such marks on wrappers ("container has-sidebar", "ad-margins") are layout, not junk.
 * `markupOnly`: only what the markup itself says is furniture (nav, aside, footer..., ARIA roles, hidden)
 * and elements a furniture name names whole ("comments", "sidebar"), not other class or id words.
 */
export function markBoilerplate(blocks: TextBlock[], root: HtmlElement, markupOnly = false): void {
  const chars = new Map<HtmlElement, number>();
  for (const b of blocks) {
    const c = b.chars - b.linkChars;
    for (let e: HtmlElement | null = b.el; e; e = e.parent) chars.set(e, (chars.get(e) ?? 0) + c);
  }
  const limit = 0.5 * (chars.get(root) ?? 0);
  const memo = new Map<HtmlElement, boolean>();
  const isBoiler = (el: HtmlElement): boolean => {
    const path: HtmlElement[] = [];
    let result = false;
    for (let e: HtmlElement | null = el; e; e = e.parent) {
      const known = memo.get(e);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(e);
    }
    // Resolve from the top down: an element is furniture if an ancestor is, or if it is marked and small.
    for (let i = path.length - 1; i >= 0; i--) {
      const e = path[i];
      const byName = (e.bits & FURNITURE_BY_NAME) !== 0;
      const own = markupOnly ? e.ownBoiler && (byName || isBoilerElement(e.tag, e.attrs, 0)) : e.ownBoiler;
      result = result || (own && !e.holdsStory && ((chars.get(e) ?? 0) <= limit || byName));
      memo.set(e, result);
    }
    return result;
  };
  for (const b of blocks) b.boiler = isBoiler(b.el);
}

/** Whether an element sits inside furniture, by the same rule as markBoilerplate (for metadata look-ups). */
export function insideFurniture(el: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e.ownBoiler && e.tag !== 'body' && e.tag !== 'html') return true;
  return false;
}
