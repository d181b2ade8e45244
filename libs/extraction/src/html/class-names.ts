import { detachedCopy } from '../normalise/detached-copy';
// Class/id words that name page furniture. Matched on whole words of the split class/id.
const BOILER_WORDS = new RegExp(
  '(?:^|[\\s-])(?:' +
    [
      'comments?',
      'commentlist',
      'disqus',
      'share',
      'sharing',
      'shares',
      'sharebar',
      'social',
      'socials',
      'related',
      'recommend(?:ed|ations?)?',
      'newsletter',
      'subscribe',
      'subscription',
      'promo',
      'promotion',
      'advert',
      'adverts',
      'advertisement',
      'advertising',
      'ad',
      'ads',
      'adsense',
      'adslot',
      'dfp',
      'sponsor',
      'sponsored',
      'sidebar',
      'breadcrumbs?',
      'menu',
      'navbar',
      'nav',
      'navigation',
      'footer',
      'cookie',
      'cookies',
      'consent',
      'gdpr',
      'popup',
      'modal',
      'banner',
      'widget',
      'widgets',
      'tags',
      'tagcloud',
      'tag-list',
      'bio',
      'byline',
      'toolbar',
      'pagination',
      'pager',
      'outbrain',
      'taboola',
      'trending',
      'popular',
      'most-read',
      'mostread',
      'signup',
      'login',
      'skip',
      'masthead',
      'rating',
      'print-only',
      'author-info',
      'about-author',
      'further-reading',
      'read-more',
      'readmore',
      'more-stories',
      'teaser',
      'teasers',
      'carousel',
      'slider',
      'ticker',
      'breaking',
      'meta',
      'post-meta',
      'entry-meta',
      'article-meta',
      'dateline',
      'timestamp',
      'caption',
      'figcaption',
      'figure',
      'credit',
      'credits',
      'copyright',
      'disclaimer',
      'tools',
      'utility',
      'follow',
      'reactions',
      'author-box',
      'authorbox',
      'author-card',
      'author-bio',
      'about-the-author',
      'overlay',
      'factbox',
      'recirculation',
      'crumbs?',
      'toc',
      'tagged-with',
      'cta',
      'subnav',
      'sub-menu',
      'submenu',
      'image-description',
      'photo-credit',
    ].join('|') +
    ')(?=$|[\\s-])',
);
// A comment section's name, glued to other words or not ("commentlist", "sect_commentlinks"; not "commentary").
const COMMENT_PREFIXES = 'comment(?!ary|aire)|kommentar|disqus';
// Class/id prefixes of furniture often glued to other words ("relatedposts", "sharedaddy", "commentlist").
const BOILER_PREFIXES = new RegExp(
  `(?:^|[\\s-])(?:related|news-letter|optin|opt-in|mailchimp|${COMMENT_PREFIXES}|postmeta|imagedescription|sharethis|sharedaddy|shariff|social|sidebar|newsletter|breadcrumb|cookie|outbrain|taboola|advert|promoted)`,
);
// Containers that name the story itself: never treated as furniture by their class words alone.
const CONTENT_WORDS =
  /(?:^|[\s-])(?:article-?body|articlebody|story-?body|post-?body|entry-?content|post-?content|article-?content|article-?text|story-?content|main-?content|body-?text|articletext|content-?body|text-?body)(?=$|[\s-])/;

// Hidden by a whole class name ("sr-only"); "field--label-hidden" or "hidden-xs" hide something else or
// only on some screens.
const HIDDEN = /(?:^|\s)(?:hidden|is-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text|d-none|hide|invisible)(?=$|\s)/i;

// Posts quoted in the story (tweets, Instagram posts) are story text even inside "social" wrappers.
const EMBED = /(?:^|[\s-])(?:embed|embedded|embeds|twitter-tweet|instagram-media|tiktok-embed)(?=$|[\s-])/;

// Bylines, dates and decks by their class/id names (read by the metadata pass).
const AUTHOR_CLASS =
  /(?:^|[\s_-])(?:author|authors|byline|by-line|autor|autorin|auteur|writer|reporter|verfasser|posted-by|postedby|article-author|post-author|entry-author|author-name|authorname|byline-name|contributor)(?:$|[\s_-])/i;
const AUTHOR_CLASS_EXCLUDE = /(?:bio|box|info|description|avatar|image|img|photo|pic|more|other|social|follow|link|list|about|title)(?:$|[\s_-])/i;
// An author box ("author-box", "about-author", "author-bio"): the writer's name over a biography.
const AUTHOR_BOX_CLASS = /(?:^|[\s_-])(?:bio|box|about|info|card|profile)(?:$|[\s_-])/i;
const DATE_CLASS =
  /(?:^|[\s_-])(?:date|datum|authored|time|published|publish|pubdate|posted|post-date|entry-date|article-date|dateline|timestamp|meta|byline|datetime|created|zeit)(?:$|[\s_-])/i;
const SUBTITLE_CLASS =
  /(?:^|[\s_-])(?:sub-?title|sub-?headline|subhead|subheading|deck|dek|standfirst|strapline|kicker-text|lede|lead|summary|excerpt|intro|teaser-text|article-summary|description)(?:$|[\s_-])/i;

export const FURNITURE = 1;
export const STORY = 2;
export const AUTHORISH = 4;
export const DATEISH = 8;
export const SUBTITLEISH = 16;
/**
 * The whole class or id is a furniture name ("sidebar", "comments"), or one of its words names comments
 * ("sect_commentlinks"): furniture however much text it holds (a long thread outweighs the story).
 */
export const FURNITURE_BY_NAME = 32;
export const AUTHOR_BOX = 64;

const FURNITURE_NAME =
  /^(?:sidebar|side-bar|sidebar-\w+|comments?|comment-list|footer|site-footer|nav|navigation|menu|related|related-(?:posts|articles|stories)|widgets?|secondary|aside)$/i;

// A word naming a comment section, in any class or id.
const COMMENTS_WORD = new RegExp(`(?:^|[\\s-])(?:${COMMENT_PREFIXES})`);
const CAMEL_CASE = /[a-z][A-Z]/;

// Class names repeat across a page (and across pages of one site): judge each distinct string once.
const verdicts = new Map<string, number>();

/** "header-info__author" names the author inside a header-info block: the BEM element is what it is. */
function bemElements(raw: string): string {
  return raw.includes('__')
    ? raw
        .split(/\s+/)
        .map((t) => t.slice(t.lastIndexOf('__') + 2))
        .join(' ')
    : raw;
}

/** What an element's class/id names, as bits (furniture, the story, a byline, a date, a deck). */
export function classBits(attrs: Record<string, string>): number {
  const cls = attrs.class;
  const id = attrs.id;
  if (!cls && !id) return 0;
  const raw = id ? `${cls ?? ''} ${id}` : (cls as string);
  let bits = verdicts.get(raw);
  if (bits !== undefined) return bits;
  bits = 0;
  // "relatedArticles", "related_articles" and "related-articles" all read as related + articles.
  // (Each step only when it has something to do: most names are in lower case and without underscores.)
  const spaced = (CAMEL_CASE.test(raw) ? raw.replace(/([a-z])([A-Z])/g, '$1 $2') : raw).toLowerCase();
  const words = spaced.includes('_') ? spaced.replaceAll('_', '-') : spaced;
  // Related posts, comments and share bars often reuse the story's class names ("related-post-content",
  // "comment-content"): their own name wins. Other furniture words ("meta", "hidden") yield to the story's.
  if (BOILER_PREFIXES.test(words) && !EMBED.test(words)) bits |= FURNITURE;
  else if (CONTENT_WORDS.test(words)) bits |= STORY;
  else if ((BOILER_WORDS.test(words) || HIDDEN.test(raw)) && !EMBED.test(words)) bits |= FURNITURE;
  if (bits & FURNITURE && ((id && FURNITURE_NAME.test(id.trim())) || (cls && FURNITURE_NAME.test(cls.trim())) || COMMENTS_WORD.test(words)))
    bits |= FURNITURE_BY_NAME;
  if (AUTHOR_CLASS.test(raw)) bits |= AUTHOR_CLASS_EXCLUDE.test(bemElements(raw)) ? (AUTHOR_BOX_CLASS.test(raw) ? AUTHOR_BOX : 0) : AUTHORISH;
  if (DATE_CLASS.test(raw) && !/modif|updat|comment/i.test(raw)) bits |= DATEISH;
  if (SUBTITLE_CLASS.test(raw)) bits |= SUBTITLEISH;
  if (verdicts.size > 20000) verdicts.clear();
  verdicts.set(detachedCopy(raw), bits);
  return bits;
}
