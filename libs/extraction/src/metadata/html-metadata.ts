import { HtmlDocument, HtmlElement, textOf, walkElements } from '../html/dom';
import { insideFurniture } from '../html/blocks';
import { AUTHOR_BOX, AUTHORISH, DATEISH, SUBTITLEISH } from '../html/class-names';
import { normaliseInline } from '../normalise/normalise-text';
import { readJsonLd, JsonLdArticle } from './json-ld';
import { indexMetas, firstMeta, allMeta, MetaMap } from './meta-tags';
import { parseMachineDate, parseHumanDate, dateFromUrl, NumericDateOrder } from './dates';
import { splitAuthorNames, uniqueNames } from './authors';
import { stripSiteName, titleSegments, withoutDecoration } from './title';
import { Proposal } from './candidates';
import { PageState, readPageState } from './page-state';

/** What one pass over the tree finds for metadata: headings, bylines, <time>s, date-ish elements. */
interface DomSignals {
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

function collectDomSignals(root: HtmlElement): DomSignals {
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
  for (let e: HtmlElement | null = el; e; e = e.parent) {
    // The page's own classes are feature flags and templates ("f_comment_nofollow_on", "reviewbox"): never a comment section.
    if (e.tag === 'body' || e.tag === 'html') return false;
    // A form right under <body> wraps the whole page (ASP.NET WebForms), story and all.
    if ((e.tag === 'form' && e.parent?.tag !== 'body') || e.tag === 'label') return true;
    // A review's or comment's own author (schema.org microdata).
    if (e.attrs.itemtype && /schema\.org\/(?:Review|Comment|Answer|Question)\b/i.test(e.attrs.itemtype)) return true;
    const ca = classAndId(e);
    if (ca && COMMENTS.test(ca)) return true;
  }
  return false;
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

/** The site's host; for a page in the Wayback Machine, the archived site's. */
function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const archived = url.match(/^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/i);
    return new URL(archived ? archived[1] : url).hostname;
  } catch {
    return null;
  }
}

function resolveUrl(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href.trim(), base).toString();
  } catch {
    return /^https?:\/\//i.test(href) ? href.trim() : null;
  }
}

/** Raw credits to distinct names; with a publisher, the publisher itself left out. */
function personNames(raw: string[], publisher: string | null = null): string[] {
  const pub = publisher?.toLowerCase();
  return uniqueNames(raw.flatMap((r) => splitAuthorNames(normaliseInline(r)))).filter((n) => n.toLowerCase() !== pub);
}

/** Each source's author names, the source named for the choice model. */
function authorProposals(metas: MetaMap, ld: JsonLdArticle | null, dom: DomSignals, state: PageState): Array<Proposal<string[]>> {
  // A credit naming the publisher stays a candidate ("Presse Augsburg" as the page's meta author, where no
  // person wrote the piece): the choice model weighs it by its own feature (candidates.ts, is-site-name).
  const clean = (raw: string[]) => personNames(raw);
  // twitter:label1 "Written by" / twitter:data1 "<name>" (Yoast and others).
  const labelled: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const label = firstMeta(metas, [`twitter:label${i}`]);
    const data = firstMeta(metas, [`twitter:data${i}`]);
    if (label && data && /written by|verfasst von|geschrieben von|autor|author|écrit par|escrito por/i.test(label)) labelled.push(data.replace(/\s@\S+$/, ''));
  }
  // Markup bylines: the first element naming someone (later ones are teasers and boxes).
  const firstNaming = (raw: string[]) => raw.map((one) => clean([one])).find((names) => names.length) ?? [];
  return [
    { source: ld?.kind === 'article' ? 'json-ld' : 'json-ld-page', value: clean(ld?.authors ?? []) },
    { source: 'json-ld-organisation', value: clean(ld?.organisationAuthors ?? []) },
    { source: 'twitter-label', value: clean(labelled) },
    { source: 'meta-author', value: clean(allMeta(metas, ['author', 'dc.creator', 'dcterms.creator'])) },
    {
      source: 'meta-article-author',
      value: clean(
        allMeta(metas, [
          'article:author',
          'og:article:author',
          'parsely-author',
          'sailthru.author',
          'byl',
          'twitter:creator:name',
          'citation_author',
          'book:author',
        ]),
      ),
    },
    { source: 'itemprop', value: clean(dom.itempropAuthors) },
    { source: 'rel-author', value: firstNaming(dom.relAuthors) },
    // Every rel=author link: a shared byline links each writer ("<a rel=author>A</a> and <a rel=author>B</a>").
    { source: 'rel-authors', value: clean(dom.relAuthors.slice(0, 4)) },
    { source: 'author-page-link', value: firstNaming(dom.authorPageLinks) },
    { source: 'author-page-links', value: clean(dom.authorPageLinks.slice(0, 4)) },
    { source: 'author-id-link', value: firstNaming(dom.authorIdLinks) },
    { source: 'byline-element', value: firstNaming(dom.bylineTexts) },
    { source: 'author-box', value: firstNaming(dom.authorBoxNames) },
    { source: 'licensor', value: clean(dom.licensors.slice(0, 1)) },
    // An author key in the page state of an inline script (a data layer, __NEXT_DATA__).
    { source: 'script-author', value: clean(state.authors) },
  ];
}

// Meta names for the article's publication date, most specific first.
const PUBLISHED_METAS = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'published_time',
  'datepublished',
  'publish-date',
  'publish_date',
  'publishdate',
  'pubdate',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.issued',
  'citation_publication_date',
  'citation_date',
  'og:published_time',
  'article:published',
  'cxenseparse:recs:publishtime',
  'originalpublicationdate',
  'dc.date.created',
  'dcterms.created',
  'dcterms:created',
  'dcterms:issued',
  'dc:created',
  'dc:date:issued',
  'pub_date',
  'article_date_original',
];
// A bare "date" says neither published nor modified: CMSes fill it with either.
const UNQUALIFIED_DATE_METAS = ['dc.date', 'dcterms.date', 'date', 'dc:date', 'dcterms:date'];

const MODIFIED_METAS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod'];

const KNOWN_DATE_METAS = new Set([...PUBLISHED_METAS, ...UNQUALIFIED_DATE_METAS, ...MODIFIED_METAS]);
const OTHER_PUBLISHED_META = /publish|upload|release|issued|pubdate/;

/** Values of metas not in the lists above whose name says published, uploaded, released or issued. */
function otherPublishedMetas(metas: MetaMap): string[] {
  const out: string[] = [];
  for (const [key, values] of metas) if (OTHER_PUBLISHED_META.test(key) && !KNOWN_DATE_METAS.has(key) && !/modif|updat/.test(key)) out.push(...values);
  return out;
}

/** Every machine-readable or marked-up date, each named by its source for the choice model. */
function dateProposals(
  metas: MetaMap,
  ld: JsonLdArticle | null,
  dom: DomSignals,
  url: string | undefined,
  state: PageState,
  order: NumericDateOrder,
): Array<Proposal<string | null>> {
  const out: Array<Proposal<string | null>> = [];
  const machine = (v: string) => parseMachineDate(v, order);
  const human = (v: string) => parseHumanDate(v, order);
  const add = (source: string, values: Array<string | null | undefined>, parse: (v: string) => string | null = machine) => {
    for (const v of values) if (v) out.push({ source, value: parse(v) });
  };
  // A WebPage's datePublished (SEO plugins add one to every page) is weaker than an article's.
  add(ld?.kind === 'article' ? 'json-ld-published' : 'json-ld-page-published', [ld?.datePublished]);
  add('json-ld-modified', [ld?.dateModified]);
  add('meta-published', allMeta(metas, PUBLISHED_METAS).slice(0, 3));
  add('meta-date', allMeta(metas, UNQUALIFIED_DATE_METAS).slice(0, 3));
  add('meta-modified', allMeta(metas, MODIFIED_METAS).slice(0, 2));
  add('itemprop-published', dom.itempropDates.slice(0, 3));
  add(
    'time-published',
    dom.times
      .filter((t) => t.strong)
      .map((t) => t.value)
      .slice(0, 2),
  );
  const plain = dom.times.filter((t) => !t.strong).map((t) => t.value);
  const machineOrHuman = (v: string) => machine(v) ?? human(v);
  add('time-first', plain.slice(0, 1), machineOrHuman);
  add('time-other', plain.slice(1, 4), machineOrHuman);
  add('data-date', dom.dataDates.slice(0, 2), machineOrHuman);
  add('datetime-attr', dom.otherDatetimes.slice(0, 1), machine);
  // Metas a site names itself for publication or upload ("five_hundred_pixels:uploaded", "article:publish_date").
  add('meta-other-published', otherPublishedMetas(metas).slice(0, 2));
  add('date-element-first', dom.dateTexts.slice(0, 1), human);
  add('date-element-other', dom.dateTexts.slice(1, 4), human);
  add('url', [url], dateFromUrl);
  // Dates under published / modified / created keys in the page state of inline scripts (already ISO).
  const asIs = (v: string) => v;
  add('script-published', state.published.slice(0, 1), asIs);
  add('script-published-other', state.published.slice(1, 3), asIs);
  add('script-modified', state.modified.slice(0, 1), asIs);
  add('script-created', state.created.slice(0, 1), asIs);
  // Media libraries file uploads by day (/files/2016/05/04/…): the lead image's path dates its upload.
  add('image-url', allMeta(metas, ['og:image', 'twitter:image', 'twitter:image:src']).slice(0, 1), dateFromUrl);
  return out;
}

/** "Achtsam durch die Krise | Die FURCHE" as a site name: the page's title glued on, left out. */
function siteNameWithoutTitle(site: string, titles: Array<string | null>): string {
  const parts = site.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return site;
  const fold = (t: string) => normaliseInline(t).toLowerCase();
  const seen = titles.filter((t): t is string => !!t).map(fold);
  const rest = parts.filter((p) => !seen.some((t) => t === fold(p) || t.startsWith(`${fold(p)} `)));
  return rest.length && rest.length < parts.length ? rest.join(' | ') : site;
}

/** Everything each source proposes for title, authors and date, and the page facts around them. */
export interface HtmlMetadata {
  titleProposals: Array<Proposal<string | null>>;
  documentTitles: string[];
  h1Count: number;
  /** The heading element printing a title: whole, or as one of its parts beside a kicker. */
  headingOf: (title: string | null) => HtmlElement | null;
  firstH1: HtmlElement | null;
  authorProposals: Array<Proposal<string[]>>;
  /** Names declared as the author in meta tags (an owner's page names them in its copyright line). */
  declaredAuthors: string[];
  /** Read with the page's numeric date order, known once its language is. */
  dateProposals: (order: NumericDateOrder) => Array<Proposal<string | null>>;
  /** Sub-headline candidates: JSON-LD's alternativeHeadline, then subtitle-named elements. */
  subtitles: string[];
  publisher: string | null;
  host: string | null;
  /** The copyright meta ("Jane Doe, Essen"): on an owner's own page it names the author. */
  copyrightNotice: string | null;
  declaredLanguages: Array<string | null>;
  canonicalUrl: string | null;
  isArticle: boolean;
  /** A shop's product page is not a publication: the dates on it are offers' and reviews'. */
  isProduct: boolean;
  /** The story's text from JSON-LD's articleBody, for pages whose markup does not print it. */
  structuredBody: string | null;
  /** The page's own summary (og:description, description meta). */
  description: string | null;
}

/** What structured data, meta tags and markup say about title, authors and dates, source by source. */
export function extractHtmlMetadata(doc: HtmlDocument, url: string | undefined): HtmlMetadata {
  const metas = indexMetas(doc.metas);
  const ld = readJsonLd(doc.jsonLd);
  const dom = collectDomSignals(doc.root);
  const state = readPageState(doc.scripts);
  const host = hostOf(url);

  const siteName = firstMeta(metas, ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:app:name:iphone']) ?? ld?.publisher ?? null;
  const og = firstMeta(metas, ['og:title', 'twitter:title', 'dc.title', 'headline', 'title']);
  const publisher = siteName ? siteNameWithoutTitle(normaliseInline(siteName), [doc.title, og]) : host ? host.replace(/^www\./, '') : null;

  const titleProposals: Array<Proposal<string | null>> = [
    { source: ld?.kind === 'article' ? 'json-ld' : 'json-ld-page', value: ld?.headline ?? null },
    { source: 'og', value: og },
    { source: 'og-without-site', value: og && stripSiteName(normaliseInline(og), publisher, host) },
    // The other title metas on their own: agreeing with a heading, they confirm it where og:title alone does not.
    { source: 'twitter-title', value: firstMeta(metas, ['twitter:title']) },
    { source: 'meta-title', value: firstMeta(metas, ['dc.title', 'headline', 'title', 'sailthru.title', 'parsely-title']) },
    { source: 'document', value: doc.title },
    { source: 'document-without-site', value: doc.title && stripSiteName(normaliseInline(doc.title), publisher, host) },
    ...(doc.title ? titleSegments(normaliseInline(doc.title)) : []).map((value, i) => ({
      source: i === 0 ? 'document-first-segment' : 'document-segment',
      value,
    })),
    // og:title carries a site's name or a kicker as often as <title> does: its segments are candidates too.
    ...(og ? titleSegments(normaliseInline(og)) : []).map((value, i) => ({ source: i === 0 ? 'og-first-segment' : 'og-segment', value })),
    ...dom.h1s.map((value, i) => ({ source: i === 0 ? 'h1-first' : 'h1-other', value })),
    ...dom.h1Wholes.map((value, i) => ({ source: i === 0 ? 'h1-first-whole' : 'h1-other-whole', value })),
    ...[...dom.h1Parts.values()].flat().map((value) => ({ source: 'h1-part', value })),
    ...dom.h2s.slice(0, 3).map((value, i) => ({ source: i === 0 ? 'h2-first' : 'h2-other', value })),
    ...dom.titleClassTexts.map((value, i) => ({ source: i === 0 ? 'title-class-first' : 'title-class-other', value })),
    ...dom.titleClassBlocks.map((value) => ({ source: 'title-class-block', value })),
  ];
  const headingOf = (title: string | null) => {
    if (!title) return null;
    return dom.headingEls.get(title) ?? dom.headingEls.get([...dom.h1Parts].find(([, parts]) => parts.includes(title))?.[0] ?? '') ?? null;
  };
  const altHeadline = ld?.alternativeHeadline ? normaliseInline(ld.alternativeHeadline) : null;

  const canonicalLink = doc.links.find((l) => /\bcanonical\b/i.test(l.rel ?? ''))?.href;
  const canonicalUrl = resolveUrl(canonicalLink ?? firstMeta(metas, ['og:url']) ?? ld?.url ?? url, url) ?? url ?? null;
  const declaredLanguages = [doc.lang, firstMeta(metas, ['content-language', 'language', 'dc.language', 'og:locale']), ld?.inLanguage ?? null];
  return {
    titleProposals,
    documentTitles: [doc.title, og].filter((t): t is string => !!t),
    h1Count: dom.h1s.length,
    headingOf,
    firstH1: dom.h1s.length ? (dom.headingEls.get(dom.h1s[0]) ?? null) : null,
    authorProposals: authorProposals(metas, ld, dom, state),
    declaredAuthors: personNames(allMeta(metas, ['author', 'dc.creator', 'dcterms.creator']), publisher),
    dateProposals: (order) => dateProposals(metas, ld, dom, url, state, order),
    subtitles: [altHeadline, ...dom.subtitleTexts].filter((t): t is string => !!t),
    publisher,
    host,
    copyrightNotice: firstMeta(metas, ['copyright', 'dc.rights', 'dcterms.rights']),
    declaredLanguages,
    canonicalUrl,
    isArticle: /article|blog|post|news/i.test(firstMeta(metas, ['og:type']) ?? '') || ld?.kind === 'article',
    isProduct: /^(?:og:)?product\b/i.test(firstMeta(metas, ['og:type']) ?? ''),
    structuredBody: ld?.articleBody ?? null,
    description: firstMeta(metas, ['og:description', 'description', 'twitter:description', 'dc.description']),
  };
}
