import { Parser } from 'htmlparser2';

/** A lean element tree: only what extraction needs, built in one pass over the markup. */
export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
  /** Markup or naming marks this element as page furniture (nav, share bar, comments...). */
  ownBoiler: boolean;
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
  /** <html lang>. */
  lang: string | null;
}

export interface BuildOptions {
  /** Elements deeper than this are flattened into their ancestor (bounds recursion on hostile nesting). */
  maxDepth?: number;
}

// Subtrees whose text is never article text.
const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'select', 'textarea', 'button', 'head', 'video', 'audio', 'map', 'dialog',
]);
// Elements that are page furniture by their markup semantics.
const BOILER_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'figure', 'figcaption']);
const BOILER_ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alert|toolbar)$/;
// Class/id words that name page furniture. Matched on whole words of the split class/id.
const BOILER_WORDS = new RegExp(
  '(?:^|[\\s-])(?:' +
    [
      'comments?', 'commentlist', 'disqus', 'share', 'sharing', 'shares', 'sharebar', 'social', 'socials', 'related',
      'recommend(?:ed|ations?)?', 'newsletter', 'subscribe', 'subscription', 'promo', 'promotion', 'advert', 'adverts',
      'advertisement', 'advertising', 'ad', 'ads', 'adsense', 'adslot', 'dfp', 'sponsor', 'sponsored', 'sidebar',
      'breadcrumbs?', 'menu', 'navbar', 'nav', 'navigation', 'footer', 'cookie', 'cookies', 'consent', 'gdpr', 'popup',
      'modal', 'banner', 'widget', 'widgets', 'tags', 'tagcloud', 'tag-list', 'bio', 'byline', 'toolbar', 'pagination',
      'pager', 'outbrain', 'taboola', 'trending', 'popular', 'most-read', 'mostread', 'signup', 'login',
      'hidden', 'visually-hidden', 'sr-only', 'screen-reader-text', 'skip', 'masthead', 'rating', 'print-only',
      'author-info', 'about-author', 'further-reading', 'read-more', 'readmore', 'more-stories', 'teaser', 'teasers',
      'carousel', 'slider', 'ticker', 'breaking', 'meta', 'post-meta', 'entry-meta', 'article-meta', 'dateline', 'timestamp',
      'caption', 'credit', 'credits', 'copyright', 'disclaimer', 'hide', 'tools', 'utility', 'follow', 'reactions',
      'author-box', 'authorbox', 'author-card', 'author-bio', 'about-the-author', 'overlay', 'factbox', 'recirculation',
      'crumbs?', 'toc', 'tagged-with', 'cta', 'subnav', 'sub-menu', 'submenu', 'image-description', 'photo-credit',
    ].join('|') +
    ')(?=$|[\\s-])',
);
// Class/id prefixes of furniture often glued to other words ("relatedposts", "sharedaddy", "commentlist").
const BOILER_PREFIXES = /(?:^|[\s-])(?:related|comment(?!ary|aire)|kommentar|postmeta|imagedescription|sharethis|sharedaddy|shariff|social|sidebar|newsletter|breadcrumb|cookie|outbrain|taboola|disqus|advert|promoted)/;
// Containers that name the story itself: never treated as furniture by their class words alone.
const CONTENT_WORDS = /(?:^|[\s-])(?:article-?body|articlebody|story-?body|post-?body|entry-?content|post-?content|article-?content|article-?text|story-?content|main-?content|body-?text|articletext|content-?body|text-?body)(?=$|[\s-])/;

// Class names repeat across a page (and across pages of one site): judge each distinct string once.
const classVerdicts = new Map<string, boolean>();

/** Whether class/id words name furniture (and do not name the story). */
function classSaysFurniture(attrs: Record<string, string>): boolean {
  const cls = attrs.class;
  const id = attrs.id;
  if (!cls && !id) return false;
  const raw = `${cls ?? ''} ${id ?? ''}`;
  let verdict = classVerdicts.get(raw);
  if (verdict !== undefined) return verdict;
  // "relatedArticles", "related_articles" and "related-articles" all read as related + articles.
  const words = raw.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/_/g, '-');
  verdict = !CONTENT_WORDS.test(words) && (BOILER_WORDS.test(words) || BOILER_PREFIXES.test(words));
  if (classVerdicts.size > 20000) classVerdicts.clear();
  classVerdicts.set(raw, verdict);
  return verdict;
}

export function isBoilerElement(tag: string, attrs: Record<string, string>): boolean {
  if (BOILER_TAGS.has(tag)) return true;
  if (attrs.hidden !== undefined || attrs['aria-hidden'] === 'true') return true;
  const style = attrs.style;
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const role = attrs.role;
  if (role && BOILER_ROLES.test(role)) return true;
  if (tag === 'html' || tag === 'body' || tag === 'main' || tag === 'article') return false;
  if (attrs.itemprop === 'articleBody') return false;
  return classSaysFurniture(attrs);
}

/** Parses HTML into a lean tree, collecting head metadata and JSON-LD on the way. Never recurses. */
export function buildDocument(html: string, options: BuildOptions = {}): HtmlDocument {
  const maxDepth = options.maxDepth ?? 200;
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null, ownBoiler: false };
  const doc: HtmlDocument = { root, title: null, metas: [], links: [], jsonLd: [], lang: null };
  let current = root;
  let depth = 0;
  // Count of open elements not materialised because they were too deep.
  let flattened = 0;
  // Inside a dropped subtree: count of open elements in it, and what to capture from it.
  let dropDepth = 0;
  let capture: 'title' | 'jsonld' | null = null;
  let captured = '';

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (dropDepth > 0) {
          dropDepth++;
          if (name === 'title' && doc.title === null) { capture = 'title'; captured = ''; }
          else if (name === 'meta') doc.metas.push(attrs);
          else if (name === 'link') doc.links.push(attrs);
          else if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) { capture = 'jsonld'; captured = ''; }
          return;
        }
        if (name === 'meta') { doc.metas.push(attrs); return; }
        if (name === 'link') { doc.links.push(attrs); return; }
        if (name === 'html' && attrs.lang && !doc.lang) doc.lang = attrs.lang;
        if (name === 'title' && doc.title === null && !insideSvg(current)) { dropDepth = 1; capture = 'title'; captured = ''; return; }
        if (DROPPED.has(name) || name === 'title') {
          dropDepth = 1;
          if (name === 'script' && /ld\+json/i.test(attrs.type ?? '')) { capture = 'jsonld'; captured = ''; }
          return;
        }
        if (depth >= maxDepth) { flattened++; return; }
        const el: HtmlElement = { tag: name, attrs, children: [], parent: current, ownBoiler: isBoilerElement(name, attrs) };
        current.children.push(el);
        current = el;
        depth++;
      },
      ontext(text) {
        if (dropDepth > 0) {
          if (capture) captured += text;
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
            if (capture === 'title') { if (doc.title === null) doc.title = captured; }
            else doc.jsonLd.push(captured);
            capture = null;
            captured = '';
          }
          dropDepth--;
          return;
        }
        if (name === 'meta' || name === 'link') return;
        if (flattened > 0) { flattened--; return; }
        if (current.parent) { current = current.parent; depth--; }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return doc;
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
    if (typeof n === 'string') { out.push(n); continue; }
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
