import { decodeEntities } from '../normalise/normalise-text';
// Structured data (schema.org JSON-LD): the most reliable source of headline, authors and dates.

export interface JsonLdArticle {
  /** Typed as an article/posting, or only as a web page. */
  kind: 'article' | 'page';
  headline: string | null;
  alternativeHeadline: string | null;
  authors: string[];
  /** Authors typed as organisations: used only when no person is named. */
  organisationAuthors: string[];
  datePublished: string | null;
  dateModified: string | null;
  publisher: string | null;
  inLanguage: string | null;
  url: string | null;
  /** The story's text as the publisher's structured data carries it (schema.org articleBody). */
  articleBody: string | null;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(?:\w*Article|VideoObject|BlogPosting|Posting|Report|Review|LiveBlogPosting|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|Blog|SocialMediaPosting|DiscussionForumPosting|Recipe|HowTo|CreativeWork)$/i;
const PAGE_TYPES = /^(?:WebPage|ItemPage|AboutPage|CollectionPage|ProfilePage|QAPage|FAQPage)$/i;

function parseLoose(raw: string): unknown {
  let s = raw.trim();
  if (s.startsWith('<!--')) s = s.replace(/^<!--/, '').replace(/-->$/, '');
  s = s
    .replace(/^\s*\/\/\s*<!\[CDATA\[/, '')
    .replace(/\/\/\s*\]\]>\s*$/, '')
    .trim();
  try {
    return JSON.parse(s);
  } catch {
    try {
      // Raw newlines and tabs inside strings are a frequent CMS mistake.
      return JSON.parse(s.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

function collectObjects(v: unknown, out: Json[], depth = 0): void {
  if (depth > 6 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) collectObjects(x, out, depth + 1);
    return;
  }
  const o = v as Json;
  out.push(o);
  if (o['@graph']) collectObjects(o['@graph'], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') collectObjects(o.mainEntity, out, depth + 1);
}

function types(o: Json): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function str(v: unknown): string | null {
  // Values are often HTML-escaped inside the JSON ("&amp;", "&#038;").
  if (typeof v === 'string') return decodeEntities(v).trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Json;
    return str(o['@value'] ?? o.name ?? null);
  }
  return null;
}

function names(v: unknown, byId: Map<string, Json>, persons: string[], orgs: string[]): void {
  if (!v) return;
  if (Array.isArray(v)) {
    for (const x of v) names(x, byId, persons, orgs);
    return;
  }
  if (typeof v === 'string') {
    persons.push(v);
    return;
  }
  if (typeof v !== 'object') return;
  let o = v as Json;
  if (typeof o['@id'] === 'string' && !o.name && byId.has(o['@id'] as string)) o = byId.get(o['@id'] as string)!;
  const name = str(o.name);
  if (!name) return;
  if (types(o).some((t) => /organi[sz]ation|corporation|newsmediaorganization/i.test(t))) orgs.push(name);
  else persons.push(name);
}

/** The article described by the page's JSON-LD blocks (article types first, then web pages). */
export function readJsonLd(blocks: string[]): JsonLdArticle | null {
  const objects: Json[] = [];
  for (const raw of blocks) collectObjects(parseLoose(raw), objects);
  if (!objects.length) return null;
  const byId = new Map<string, Json>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'] as string, o);

  const asArticle = objects.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t)));
  const article = asArticle ?? objects.find((o) => types(o).some((t) => PAGE_TYPES.test(t)));
  if (!article) return null;
  const authors: string[] = [];
  const orgs: string[] = [];
  names(article.author ?? article.creator, byId, authors, orgs);
  let pub = article.publisher as unknown;
  if (pub && typeof pub === 'object' && !Array.isArray(pub)) {
    const p = pub as Json;
    if (typeof p['@id'] === 'string' && !p.name && byId.has(p['@id'] as string)) pub = byId.get(p['@id'] as string);
  }
  let publisher = str(pub);
  if (!publisher) {
    const org = objects.find((o) => types(o).some((t) => /^(?:NewsMediaOrganization|Organization)$/i.test(t)));
    publisher = org ? str(org.name) : null;
  }
  const website = objects.find((o) => types(o).some((t) => /^WebSite$/i.test(t)));
  if (!publisher && website) publisher = str(website.name);
  let url = str(article.url);
  const mainEntity = article.mainEntityOfPage;
  if (!url && mainEntity) url = typeof mainEntity === 'string' ? mainEntity : str((mainEntity as Json)['@id']);
  return {
    kind: asArticle ? 'article' : 'page',
    headline: str(article.headline) ?? str(article.name),
    alternativeHeadline: str(article.alternativeHeadline),
    authors,
    organisationAuthors: orgs,
    datePublished: str(article.datePublished) ?? str(article.dateCreated) ?? str(article.uploadDate),
    dateModified: str(article.dateModified),
    publisher,
    inLanguage: str(article.inLanguage),
    url,
    articleBody: asArticle && typeof article.articleBody === 'string' ? article.articleBody : null,
  };
}
