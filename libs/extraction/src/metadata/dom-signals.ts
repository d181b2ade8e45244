import { HtmlElement, textOf, walkElements } from '../html/dom';
import { insideFurniture } from '../html/blocks';
import { AUTHOR_BOX, AUTHORISH, DATEISH, SUBTITLEISH } from '../html/class-names';
import { normaliseInline } from '../normalise/normalise-text';
import { withoutDecoration } from './title';

/** What one pass over the tree finds for metadata: headings, bylines, <time>s, date-ish elements. */
export interface DomSignals {
  h1s: string[];
  h1Parts: Map<string, string[]>;
  /** Each h1's whole text, a kicker set in its own element included ("Kicker: Headline"). */
  h1Wholes: string[];
  h2s: string[];
  headingEls: Map<string, HtmlElement>;
  itempropAuthors: string[];
  relAuthors: string[];
  /** Texts of links to an author's page (/author/jane-doe, /about/editors/jane-doe) whose address spells them, outside menus and footers. */
  authorPageLinks: string[];
  /** Texts of links to an author's page by number or query (/author-bio.asp?author_id=837), whose address does not spell them. */
  authorIdLinks: string[];
  /** The licensor named in Creative Commons markup (cc:attributionName / rel="cc:attributionURL"). */
  licensors: string[];
  bylineTexts: string[];
  /** Headings classed as the entry's title (hAtom's "entry-title", "post-title"), outside furniture. */
  titleClassTexts: string[];
  /** The first block (not a heading) whose class names a title ("title-text"): pages without a headline element. */
  titleClassBlocks: string[];
  /** The name line of each author box (a name over the writer's biography). */
  authorBoxNames: string[];
  itempropDates: string[];
  times: Array<{ value: string; strong: boolean }>;
  /** Dates held in data attributes ("data-date"), which scripts or CSS attr() print. */
  dataDates: string[];
  /** datetime attributes of elements other than <time> (<relative-time>, <abbr>, <ins>). */
  otherDatetimes: string[];
  dateTexts: string[];
  subtitleTexts: string[];
}

function classAndId(el: HtmlElement): string {
  const a = el.attrs;
  return a.class || a.id ? `${a.class ?? ''} ${a.id ?? ''}` : '';
}

export function collectDomSignals(root: HtmlElement): DomSignals {
  const s: DomSignals = {
    h1s: [],
    h1Parts: new Map(),
    h1Wholes: [],
    h2s: [],
    headingEls: new Map(),
    itempropAuthors: [],
    relAuthors: [],
    authorPageLinks: [],
    authorIdLinks: [],
    licensors: [],
    bylineTexts: [],
    authorBoxNames: [],
    titleClassTexts: [],
    titleClassBlocks: [],
    itempropDates: [],
    times: [],
    dataDates: [],
    otherDatetimes: [],
    dateTexts: [],
    subtitleTexts: [],
  };
  // An explicit stack rather than a generator: this loop visits every element of the page.
  const stack: HtmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i];
      if (typeof c !== 'string') stack.push(c);
    }
    const tag = el.tag;
    const a = el.attrs;
    // Headings hidden or marked as furniture themselves (a logo h1 for screen readers) are not headlines.
    if (tag === 'h1' && s.h1s.length < 5 && !el.ownBoiler && !isLogo(el)) {
      const t = headlineText(el);
      if (t) {
        s.h1s.push(t);
        if (!s.headingEls.has(t)) s.headingEls.set(t, el);
        s.h1Parts.set(t, headlineParts(el));
        s.h1Wholes.push(normaliseInline(textOf(el)));
      }
    }
    if (tag === 'h2' && s.h2s.length < 10 && !el.ownBoiler && !isLogo(el)) {
      const t = headlineText(el);
      if (t) {
        s.h2s.push(t);
        if (!s.headingEls.has(t)) s.headingEls.set(t, el);
      }
    }
    if (HEADING_TAGS.has(tag) && s.titleClassTexts.length < 2 && a.class && TITLE_CLASS.test(a.class) && !insideFurniture(el)) {
      const t = headlineText(el);
      if (t) s.titleClassTexts.push(t);
    } else if (BLOCK_TAGS.has(tag) && !s.titleClassBlocks.length && a.class && BLOCK_TITLE_CLASS.test(a.class) && !insideFurniture(el) && !el.ownBoiler) {
      const t = headlineText(el);
      if (t.length >= 3 && t.length <= 200) s.titleClassBlocks.push(t);
    }
    const itemprop = a.itemprop;
    if (itemprop) {
      if (/\bauthor\b|\bcreator\b/i.test(itemprop) && s.itempropAuthors.length < 5 && !inCommentsOrForm(el)) {
        const named = findItemprop(el, 'name');
        // The name may be an attribute of a <meta>/<link itemprop="name" content="...">.
        s.itempropAuthors.push(a.content ?? (named ? (named.attrs.content ?? textOf(named)) : textOf(el)));
      } else if (/\bdatePublished\b|\bdateCreated\b/i.test(itemprop)) {
        s.itempropDates.push(a.content ?? a.datetime ?? textOf(el));
      }
    }
    if (tag === 'a' && a.rel && /\bauthor\b/i.test(a.rel) && s.relAuthors.length < 5 && !inCommentsOrForm(el)) s.relAuthors.push(textOf(el));
    if (tag === 'a' && a.href) {
      // An address by number never spells a name; one by name must spell the link's text.
      const byNumber = s.authorIdLinks.length < 5 && AUTHOR_ID_LINK.test(a.href);
      const byName = !byNumber && s.authorPageLinks.length < 5 && AUTHOR_PAGE.test(a.href);
      if ((byNumber || byName) && !inCommentsOrForm(el) && !withinTag(el, NAVIGATION) && !inProseParagraph(el)) {
        const t = normaliseInline(textOf(el));
        if (t.length >= 3 && t.length <= 60) {
          if (byNumber) s.authorIdLinks.push(t);
          else if (slugNames(a.href, t)) s.authorPageLinks.push(t);
        }
      }
    }
    if (s.licensors.length < 2 && (a.property === 'cc:attributionName' || (tag === 'a' && a.rel && /\bcc:attributionURL\b/i.test(a.rel))))
      s.licensors.push(textOf(el));
    // A comment's or review's dates (<time>, data-date, date-named elements) date the comment.
    if (tag === 'time' && s.times.length < 10 && !inCommentsOrForm(el) && !withinTag(el, SIDEBAR_OR_MENU)) {
      const ca = classAndId(el);
      const strong = a.pubdate !== undefined || /publish|posted|created|pubdate|entry-date|post-date|article-date/i.test(ca) || itemprop === 'datePublished';
      const value = a.datetime ?? textOf(el);
      if (!/modif|updat/i.test(ca)) s.times.push({ value, strong });
    }
    if (tag !== 'time' && a.datetime && s.otherDatetimes.length < 3 && !inCommentsOrForm(el)) s.otherDatetimes.push(a.datetime);
    const dataDate = a['data-date'] ?? a['data-published'] ?? a['data-publish-date'] ?? a['data-pubdate'];
    if (dataDate && s.dataDates.length < 5 && !inCommentsOrForm(el)) s.dataDates.push(dataDate);
    const kind = el.bits;
    if (kind === 0) continue;
    if (s.bylineTexts.length < 5 && kind & AUTHORISH && !inCommentsOrForm(el)) {
      const t = visibleText(el);
      if (t.length < 200) s.bylineTexts.push(t);
    }
    if (s.authorBoxNames.length < 3 && kind & AUTHOR_BOX && !inCommentsOrForm(el)) {
      const t = nameLineIn(el);
      if (t) s.authorBoxNames.push(t);
    }
    if (s.dateTexts.length < 10 && kind & DATEISH && !inCommentsOrForm(el)) {
      const t = textOf(el);
      if (t.length < 300) s.dateTexts.push(t);
    }
    if (s.subtitleTexts.length < 3 && kind & SUBTITLEISH && !insideFurniture(el)) {
      const t = normaliseInline(textOf(el));
      if (t.length >= 15 && t.length <= 400) s.subtitleTexts.push(t);
    }
  }
  return s;
}

// The class blog themes and the hAtom microformat give the post's own title, at any heading level.
const TITLE_CLASS = /(?:^|[\s_-])(?:entry-title|post-title|article-title|story-title|storytitle|posttitle|entrytitle|single-title|headline)(?:$|[\s_-])/i;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4']);
const BLOCK_TAGS = new Set(['div', 'p', 'header', 'span']);
// A block classed as the page's title or headline ("title-text", "article-headline"), not a widget's ("widget-title").
const BLOCK_TITLE_CLASS = /(?:^|\s)(?:title|title-text|headline|article-title|article-headline|post-title|entry-title|story-title|page-title)(?:$|\s)/i;

// Parts of a heading that label its topic rather than state the headline ("Klimaschutz: ...").
const KICKER_CLASS = /kicker|topline|overline|dachzeile|roofline|eyebrow|super-?title|supertitle|overhead|rubric|rubrik|label|catchline|topic/i;

/** A heading's text without its kicker (the topic label some sites put inside the h1). */
function headlineText(h: HtmlElement): string {
  const parts: string[] = [];
  let droppedKicker = false;
  const stack: Array<HtmlElement | string> = [h];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    // <small> inside a headline is the kicker by convention ("<small>Topic</small><br>Headline").
    if (n !== h && (n.tag === 'small' || KICKER_CLASS.test(classAndId(n)))) {
      droppedKicker = true;
      continue;
    }
    if (n.tag === 'br') parts.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  let t = normaliseInline(parts.join(' ').replace(/\s+([,.:;!?])/g, '$1'));
  if (droppedKicker) t = t.replace(/^[\s:|–—-]+/, '');
  return withoutDecoration(t) || normaliseInline(textOf(h));
}

/** The texts of a heading's parts: its child elements and the text between them. */
function headlineParts(h: HtmlElement): string[] {
  if (!h.children.some((c) => typeof c !== 'string')) return [];
  return h.children.map((c) => normaliseInline(typeof c === 'string' ? c : textOf(c))).filter((t) => t.length > 0);
}

// A link into a site's pages for its writers: /author/jane-doe, /autoren/…, /about/editors/jane-doe/.
const AUTHOR_PAGE =
  /\/(?:authors?|autor(?:en|in)?|auteurs?|editors?|writers?|journalists?|columnists?|contributors?|redakteur(?:e|in)?|mitarbeiter|people|staff)\/[^/?#\s]+/i;

// An author's page named by number or query: author-bio.asp?author_id=837, /autor/4711, ?author=12.
const AUTHOR_ID_LINK = /(?:author|autor|auteur)[\w-]*(?:\.\w+)?(?:\?[^#\s]*\b(?:id|author_id|uid)=\d+|\/\d+(?:[/?#]|$))|[?&](?:author|author_id)=\d+/i;

const asciiFold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Whether the link's address spells a word of its text (/author/sam-stein for "Sam Stein"; not "See all"). */
function slugNames(href: string, text: string): boolean {
  // The writer's part of the address: "View Author Page" on /author/alexia-tsotsis/ spells only the folder.
  const path = asciiFold(
    href
      .replace(/^[a-z]+:\/\/[^/]+/i, '')
      .match(AUTHOR_PAGE)?.[0]
      .replace(/^\/[^/]+\//, '') ?? '',
  );
  return asciiFold(text)
    .split(/[^a-z0-9]+/)
    .some((w) => w.length >= 3 && path.includes(w));
}

/** Whether the element or one of its ancestors is one of these tags. */
function withinTag(el: HtmlElement, tags: ReadonlySet<string>): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (tags.has(e.tag)) return true;
  return false;
}

/** A menu or the page footer: a link list of the site's writers there is not this story's credit. */
const NAVIGATION = new Set(['nav', 'menu', 'footer']);
/** A sidebar or menu: a <time> there dates a teaser of another story. */
const SIDEBAR_OR_MENU = new Set(['aside', 'nav']);

const COMMENTS = /comment|respond|reply|replies|discussion|disqus|review|rating|testimonial/i;

// A link in a paragraph of running text names someone the story is about ("US President <a
// href=/topics/people/donald-trump>Donald Trump</a> has been eager…"); a byline is a short line.
function inProseParagraph(el: HtmlElement): boolean {
  for (let e: HtmlElement | null = el.parent; e; e = e.parent) if (e.tag === 'p') return textOf(e).length > 150;
  return false;
}

/** Bylines of commenters and form labels ("Name *") are not the article's authors. */
function inCommentsOrForm(el: HtmlElement): boolean {
  let named = false;
  for (let e: HtmlElement | null = el; e; e = e.parent) {
    // The page's own classes are feature flags and templates ("f_comment_nofollow_on", "reviewbox"): never a comment section.
    if (e.tag === 'body' || e.tag === 'html') return named;
    // A form right under <body> wraps the whole page (ASP.NET WebForms), story and all.
    if ((e.tag === 'form' && e.parent?.tag !== 'body') || e.tag === 'label') return true;
    // A review's or comment's own author (schema.org microdata).
    if (e.attrs.itemtype && /schema\.org\/(?:Review|Comment|Answer|Question)\b/i.test(e.attrs.itemtype)) return true;
    const ca = classAndId(e);
    if (ca && COMMENTS.test(ca)) {
      // An opinion piece's header named after its kind ("ArticleHeaderComment", "commentHeader") holds the
      // headline, and so do the parts inside it; a comment section never does.
      if (holdsH1(e)) return false;
      named = true;
    }
  }
  return named;
}

const h1Holders = new WeakMap<HtmlElement, boolean>();

/** Whether an <h1> is inside the element (remembered: elements named like comments are few, their ancestors shared). */
function holdsH1(el: HtmlElement): boolean {
  let known = h1Holders.get(el);
  if (known === undefined) {
    known = el.children.some((c) => typeof c !== 'string' && (c.tag === 'h1' || holdsH1(c)));
    h1Holders.set(el, known);
  }
  return known;
}

/** A heading that is only a link to the site's front page: the logo, not a headline. */
function isLogo(h: HtmlElement): boolean {
  const kids = h.children.filter((c) => typeof c !== 'string' || c.trim() !== '');
  if (kids.length !== 1 || typeof kids[0] === 'string' || kids[0].tag !== 'a') return false;
  const href = (kids[0].attrs.href ?? '').trim();
  return /^(?:\/|\.\/|(?:https?:)?\/\/[^/]+\/?|index\.\w+)$/i.test(href) || kids[0].attrs.rel === 'home';
}

// What an author box puts before the name ("About Jane Doe", "Über den Autor").
const BOX_HEADING =
  /^(?:about(?: the author)?|über(?: den autor| die autorin)?|à propos(?: de l'auteur)?|sobre(?: el autor)?|autor(?:in)?|author|written by)\b\s*:?\s*/i;

const INLINE_TAGS = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'small', 'font']);

/**
 * The box's first line that could be a name (two to five words): a heading, link or caption holding
 * text and inline markup only, so a name is never read together with the link beside it.
 */
function nameLineIn(box: HtmlElement): string | null {
  const stack: HtmlElement[] = [box];
  for (let seen = 0; stack.length && seen < 40; seen++) {
    const e = stack.pop()!;
    const inlineOnly = e !== box && e.children.every((c) => typeof c === 'string' || INLINE_TAGS.has(c.tag));
    if (inlineOnly) {
      const t = normaliseInline(textOf(e)).replace(BOX_HEADING, '');
      const words = t.split(' ').length;
      if (t.length >= 4 && t.length <= 60 && words >= 2 && words <= 5) return t;
      continue;
    }
    for (let i = e.children.length - 1; i >= 0; i--) if (typeof e.children[i] !== 'string') stack.push(e.children[i] as HtmlElement);
  }
  return null;
}

/** Text a reader sees: screen-reader-only and hidden parts left out, element boundaries spaced. */
function visibleText(el: HtmlElement): string {
  const parts: string[] = [];
  const stack: Array<HtmlElement | string> = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    // A writer's name marked as a byline itself is no furniture, whatever else its class says.
    if (n !== el && n.ownBoiler && !(n.bits & AUTHORISH)) continue;
    parts.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join('');
}

function findItemprop(el: HtmlElement, prop: string): HtmlElement | null {
  for (const e of walkElements(el)) if (e !== el && e.attrs.itemprop === prop) return e;
  return null;
}
