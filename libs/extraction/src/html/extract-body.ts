import { HtmlElement } from './dom';
import { TextBlock, markBoilerplate } from './blocks';
import { isJunkLine, isServerDiagnostic, isSiteNotice, TRAILING_PHOTO_CREDIT } from './junk-phrases';
import { normaliseInline } from '../normalise/normalise-text';
import { parseHumanDate } from '../metadata/dates';

export interface BodyExtraction {
  paragraphs: string[];
  /** Text lines seen inside the chosen container but dropped as furniture. */
  boilerplate: string[];
  /** The element judged to hold the story. */
  container: HtmlElement | null;
}

// Weight of furniture text against story text when choosing the container: a wider element must
// bring more story text than it brings junk.
const JUNK_WEIGHT = 0.5;
/** Prose a reading without class-word furniture must find to be kept (Readability's default charThreshold). */
const RETRY_MIN_CHARS = 500;
const SENTENCE_END = /[.!?…。！？:;"”»’)\]]\s*$/u;
// Class/id words of containers that name the story: a tie-breaker, not a rule.
const CONTENT_HINT = /article|story|entry|post|content|body|text|main|prose|artikel|beitrag|inhalt/i;

const EDGE_TAGS = new Set(['p', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dd', 'dt']);
const BYLINE_START = /^(?:by|von|par|por|door|av|przez|posted|published|updated|written|aktualisiert|veröffentlicht)\b/i;
const READING_TIME = /^\d+\s*(?:min|minute|minuten)/i;

/** An edge line worth keeping: structural text, not a byline, a date or a reading time. */
function keepAtEdge(b: TextBlock, text: string): boolean {
  if (!EDGE_TAGS.has(b.tag) || (linkDensity(b) > 0.3 && !isLinkedSentence(b, text))) return false;
  if (BYLINE_START.test(text) || READING_TIME.test(text)) return false;
  if (text.length < 60 && parseHumanDate(text)) return false;
  return true;
}

// A photo caption ending in its credit ("... (Image: GETTY)", "... | © Augusta National/Getty Images"), a
// credit line ("© Name ..."), and a paragraph that is only web addresses: page furniture wherever they
// sit, not story text.
const CAPTION_CREDIT = new RegExp(
  String.raw`\((?:image|photo|picture|pic|foto|bild|credit|source|quelle)s?:\s*[^()]{1,60}\)\s*$|^©\s|` + TRAILING_PHOTO_CREDIT.source,
  'i',
);
// Tested word by word: one pattern over the whole paragraph backtracked exponentially on a word holding
// many addresses (a script's JSON printed as text) followed by a word that holds none.
const WEB_ADDRESS = /https?:\/\/\S/;
const isBareUrls = (text: string) => text.split(/\s+/).every((word) => word === '' || WEB_ADDRESS.test(word)) && WEB_ADDRESS.test(text);

function isCaptionOrAddress(text: string): boolean {
  return (text.length < 400 && CAPTION_CREDIT.test(text)) || isBareUrls(text);
}

const ITEM_TAGS = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'dl',
  'dd',
  'dt',
  'td',
  'th',
  'tr',
  'tbody',
  'thead',
  'table',
  'blockquote',
  'span',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'font',
]);

function linkDensity(b: TextBlock): number {
  return b.chars === 0 ? 0 : b.linkChars / b.chars;
}

/** A block that reads like story prose: long enough, few links, not furniture. */
function isProse(b: TextBlock): boolean {
  if (b.boiler || b.heading) return false;
  const ld = linkDensity(b);
  // A linked sentence counts towards choosing the story's container too.
  if (ld > 0.35) return isLinkedSentence(b, b.text);
  if (b.chars >= 120) return true;
  if (b.chars >= 50 && SENTENCE_END.test(b.text) && ld < 0.2) return true;
  return false;
}

// A story sentence may carry a long link ("Assange faces <a>a charge of conspiracy to commit computer intrusion</a>."):
// what a link list or a teaser never has is this much text of its own around it.
const LINKED_SENTENCE_OWN_CHARS = 20;
const LINKED_SENTENCE_MAX_DENSITY = 0.7;

/** A paragraph that is a sentence with a link inside it, however long the link: story text, not a link list. */
function isLinkedSentence(b: TextBlock, text: string): boolean {
  return b.tag === 'p' && linkDensity(b) <= LINKED_SENTENCE_MAX_DENSITY && b.chars - b.linkChars >= LINKED_SENTENCE_OWN_CHARS && SENTENCE_END.test(text);
}

function proseWeight(b: TextBlock): number {
  let w = b.chars - b.linkChars;
  if (b.tag === 'p') w *= 1.2;
  else if (b.tag === 'li' || b.tag === 'td' || b.tag === 'th') w *= 0.7;
  return w;
}

function isWithin(el: HtmlElement, container: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e === container) return true;
  return false;
}

/**
 * Chooses the element that holds the story (most prose, least furniture: good - JUNK_WEIGHT * junk,
 * summed over the blocks under it), then keeps its blocks that read as story text.
 */
export function extractBody(blocks: TextBlock[], root: HtmlElement, title: string | null): BodyExtraction {
  markBoilerplate(blocks, root);
  let prose = blocks.map(isProse);
  if (!prose.some(Boolean)) {
    // No prose outside furniture: class words may have marked a layout wrapper that holds the story
    // ("row-fluid float-sidebar-container"). Choose again by the markup's own furniture and whole
    // furniture names ("comments") only, as Readability retries without its unlikely-candidate classes
    // when it finds too little, and keep that reading when it finds as much text as Readability asks of
    // an article (500 characters, spaces included).
    const marks = blocks.map((b) => b.boiler);
    markBoilerplate(blocks, root, true);
    prose = blocks.map(isProse);
    const found = blocks.reduce((sum, b, i) => sum + (prose[i] ? normaliseInline(b.text).length : 0), 0);
    if (found < RETRY_MIN_CHARS) {
      blocks.forEach((b, i) => (b.boiler = marks[i]));
      prose.fill(false);
    }
  }
  const good = new Map<HtmlElement, number>();
  const junk = new Map<HtmlElement, number>();
  let anyProse = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const isGood = prose[i];
    anyProse ||= isGood;
    const g = isGood ? proseWeight(b) : 0;
    const j = isGood ? b.linkChars : b.chars;
    for (let e: HtmlElement | null = b.el; e; e = e.parent) {
      if (g) good.set(e, (good.get(e) ?? 0) + g);
      if (j) junk.set(e, (junk.get(e) ?? 0) + j);
    }
  }
  if (!anyProse) return fallbackBody(blocks, title);
  const feeds = findFeeds(good);

  let best: HtmlElement = root;
  let bestScore = -Infinity;
  for (const [el, g] of good) {
    if (feeds.has(el)) continue;
    let score = g - JUNK_WEIGHT * (junk.get(el) ?? 0);
    if (el.attrs.itemprop === 'articleBody' || el.tag === 'article' || CONTENT_HINT.test(`${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`)) score *= 1.05;
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  // A paragraph, list item or cell scoring best means the story is spread over its siblings: climb to
  // the element holding them (past the list or table itself).
  while (best.parent && ITEM_TAGS.has(best.tag)) best = best.parent;
  // Likewise when each paragraph has a wrapper of its own: climb while the parent holds more than
  // twice the story text of the chosen element.
  while (best.parent && !feeds.has(best.parent) && (good.get(best) ?? 0) < 0.5 * (good.get(best.parent) ?? 0)) best = best.parent;

  const inside: number[] = [];
  for (let i = 0; i < blocks.length; i++) if (isWithin(blocks[i].el, best)) inside.push(i);
  // When the chosen container itself sits in furniture, the marks around it say nothing.
  const ignoreBoiler = inside.length > 0 && inside.every((i) => blocks[i].boiler);

  const titleKey = title ? foldKey(title) : null;
  const kept: number[] = [];
  const boilerplate: string[] = [];
  const texts = new Map<number, string>();
  for (const i of inside) {
    const b = blocks[i];
    const text = normaliseInline(b.text);
    if (!text) continue;
    texts.set(i, text);
    const drop =
      (b.boiler && !ignoreBoiler) ||
      b.tag === 'h1' ||
      (titleKey !== null && Math.abs(text.length - title!.length) < 20 && foldKey(text) === titleKey) ||
      (!prose[i] && ((linkDensity(b) > 0.5 && !isLinkedSentence(b, text)) || isJunkLine(text))) ||
      isCaptionOrAddress(text) ||
      isServerDiagnostic(text) ||
      isSiteNotice(text);
    if (drop) boilerplate.push(text);
    else kept.push(i);
  }
  // Lines before the first and after the last prose block are often bylines, dates, share prompts and
  // tags: drop those that are not structural text (paragraph, list item, subheading, quote).
  let first = kept.findIndex((i) => prose[i]);
  let last = kept.length - 1 - [...kept].reverse().findIndex((i) => prose[i]);
  if (first < 0) {
    first = 0;
    last = kept.length - 1;
  }
  const paragraphs: string[] = [];
  let row: HtmlElement | null = null;
  kept.forEach((i, k) => {
    const text = texts.get(i)!;
    if ((k < first || k > last) && !keepAtEdge(blocks[i], text)) {
      boilerplate.push(text);
      return;
    }
    // A table's row is one line: its cells joined ("6 Ryan Blaney 2339 1 1 11 18"), none dropped for
    // repeating the one before it.
    const cellRow = rowOfCell(blocks[i].el);
    if (cellRow && cellRow === row) {
      paragraphs[paragraphs.length - 1] += ` ${text}`;
      return;
    }
    row = cellRow;
    if (paragraphs.length && paragraphs[paragraphs.length - 1] === text) return;
    paragraphs.push(text);
  });
  return { paragraphs, boilerplate, container: best };
}

/** The table row a cell's text sits in directly, else null. */
function rowOfCell(el: HtmlElement): HtmlElement | null {
  return (el.tag === 'td' || el.tag === 'th') && el.parent?.tag === 'tr' ? el.parent : null;
}

/**
 * Elements holding two or more <article>s that each carry a fair share of their prose: listings of
 * teasers or related posts, not one story.
 */
function findFeeds(good: Map<HtmlElement, number>): Set<HtmlElement> {
  const major = new Map<HtmlElement, number>();
  const minor = new Map<HtmlElement, number>();
  for (const [el, g] of good) {
    if (el.tag !== 'article') continue;
    for (let e = el.parent; e; e = e.parent) {
      const share = g / (good.get(e) ?? 1);
      if (share >= 0.15) major.set(e, (major.get(e) ?? 0) + 1);
      else if (share >= 0.005) minor.set(e, (minor.get(e) ?? 0) + 1);
    }
  }
  // Two big articles, or one plus a row of small ones, or a row of small ones alone.
  const feeds = new Set<HtmlElement>();
  for (const el of new Set([...major.keys(), ...minor.keys()])) {
    const big = major.get(el) ?? 0;
    const small = minor.get(el) ?? 0;
    if (big >= 2 || big + small >= 4) feeds.add(el);
  }
  return feeds;
}

/** No block reads as prose (very short pages): keep every non-furniture line that is not link-heavy. */
function fallbackBody(blocks: TextBlock[], title: string | null): BodyExtraction {
  const titleKey = title ? foldKey(title) : null;
  const paragraphs: string[] = [];
  const boilerplate: string[] = [];
  for (const b of blocks) {
    const text = normaliseInline(b.text);
    if (!text) continue;
    if (b.boiler || b.tag === 'h1' || linkDensity(b) > 0.5 || isJunkLine(text) || isServerDiagnostic(text) || (titleKey && foldKey(text) === titleKey))
      boilerplate.push(text);
    else paragraphs.push(text);
  }
  return { paragraphs, boilerplate, container: null };
}

export function foldKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
