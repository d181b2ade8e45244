import { HtmlDocument, HtmlElement } from '../html/dom';
import { normaliseInline } from '../normalise/normalise-text';
import { readJsonLd, JsonLdArticle } from './json-ld';
import { indexMetas, firstMeta, allMeta, MetaMap } from './meta-tags';
import { parseMachineDate, parseHumanDate, dateFromUrl, NumericDateOrder } from './dates';
import { splitAuthorNames, uniqueNames } from './authors';
import { stripSiteName, titleSegments } from './title';
import { Proposal } from './candidates';
import { PageState, readPageState } from './page-state';
import { collectDomSignals, DomSignals } from './dom-signals';

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
