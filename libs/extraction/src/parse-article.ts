import { isUtf8 } from 'buffer';
import { ArticleInput, ParsedArticle } from './article.types';
import { ArticleParseError } from './errors';
import { decodeContent, headOfUtf8, isBlankUtf8, looksBinary, replacementsInUtf8 } from './charset/decode-content';
import { buildDocument } from './html/dom';
import { linearise } from './html/blocks';
import { extractBody, foldKey } from './html/extract-body';
import { extractHtmlMetadata, HtmlMetadata } from './metadata/html-metadata';
import { authorCandidates, dateCandidates, foldValue, titleCandidates } from './metadata/candidates';
import { Candidate, MetadataModel, pick } from './metadata/choice-model';
import { shippedMetadataModel } from './metadata/shipped-model';
import {
  dateNearHeadline,
  firstPrintedDate,
  headingAtStory,
  headingWithTitle,
  labelledDateOnPage,
  publicationSentenceDate,
  leadBeforeStory,
  updatedDateOnPage,
} from './html/near-headline';
import { agencyCreditInStory, bylineNearStory, ownerAuthors, printedOnPage, printedTogether } from './html/byline';
import { chooseLanguage } from './metadata/language';
import { dateFromUrl, numericDateOrder, parseHumanDate } from './metadata/dates';
import { withoutDecoration } from './metadata/title';
import { parseTextDump } from './text-dump/text-dump';
import { countWords, decodeEntities, normaliseInline, stripTags } from './normalise/normalise-text';

export interface ParseOptions {
  /** Largest input accepted, in bytes (UTF-8) or characters. Default 5 MB. */
  maxBytes?: number;
  /** Elements nested deeper than this are flattened. Default 200. */
  maxDepth?: number;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const HTML_SNIFF = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|span|a|h[1-6]|br|table|script|link)\b/i;

function checkSize(length: number, max: number): void {
  if (length > max) {
    throw new ArticleParseError('TOO_LARGE', `input is ${length} bytes, over the ${max}-byte limit`);
  }
}

function checkText(s: string, what: string): void {
  if (looksBinary(s)) throw new ArticleParseError('BINARY', `${what} looks like binary data, not text`);
}

/** Too many U+FFFD replacement characters in `length` characters: text decoded with the wrong charset. */
function mostlyUndecodable(replacements: number, length: number): boolean {
  return replacements > Math.max(20, length / 20);
}

type ResolvedContent = { kind: 'html'; content: string | Uint8Array } | { kind: 'text'; content: string } | { kind: 'none'; content: '' };

/**
 * Markup given as UTF-8 bytes, checked as the same text would be and left undecoded: buildDocument
 * decodes it piece by piece. (Bytes count as characters for the replacement-character share.)
 */
function resolveUtf8Markup(bytes: Uint8Array, maxBytes: number): ResolvedContent {
  checkSize(bytes.length, maxBytes);
  if (!isUtf8(bytes)) throw new ArticleParseError('UNDECODABLE', 'html bytes are not valid UTF-8 (pass other encodings as bytes)');
  if (isBlankUtf8(bytes)) return { kind: 'none', content: '' };
  checkText(headOfUtf8(bytes), 'html');
  if (mostlyUndecodable(replacementsInUtf8(bytes), bytes.length)) {
    throw new ArticleParseError('UNDECODABLE', 'html is mostly undecodable characters (wrong charset?): pass the raw bytes instead');
  }
  return { kind: 'html', content: bytes };
}

/** The content to parse, decoded and checked: which kind it is and its text (markup may stay UTF-8 bytes). */
function resolveContent(input: ArticleInput, maxBytes: number): ResolvedContent {
  if (input === null || typeof input !== 'object') throw new ArticleParseError('INVALID_INPUT', 'input must be an object');
  if (input.html instanceof Uint8Array) return resolveUtf8Markup(input.html, maxBytes);
  if (input.bytes !== undefined) {
    if (!Buffer.isBuffer(input.bytes)) throw new ArticleParseError('INVALID_INPUT', 'bytes must be a Buffer');
    checkSize(input.bytes.length, maxBytes);
    if (input.bytes.indexOf(0) >= 0 && !/^\xff\xfe|^\xfe\xff/.test(input.bytes.subarray(0, 2).toString('latin1'))) {
      throw new ArticleParseError('BINARY', 'content holds NUL bytes: binary data, not a page');
    }
    const decoded = decodeContent(input.bytes, input.contentType);
    if (!decoded.trim()) return { kind: 'none', content: '' };
    checkText(decoded, 'content');
    const isHtml = /html|xml/i.test(input.contentType ?? '') || HTML_SNIFF.test(decoded.slice(0, 4096));
    return { kind: isHtml ? 'html' : 'text', content: decoded };
  }
  for (const field of ['html', 'text'] as const) {
    const v = input[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw new ArticleParseError('INVALID_INPUT', `${field} must be a string`);
    // Characters first (cheap), bytes only when it could matter.
    if (v.length > maxBytes) checkSize(v.length, maxBytes);
    else if (v.length * 3 > maxBytes) checkSize(Buffer.byteLength(v, 'utf8'), maxBytes);
    checkText(v, field);
    if (v.includes('\ufffd') && mostlyUndecodable(v.match(/\ufffd/g)?.length ?? 0, v.length)) {
      throw new ArticleParseError('UNDECODABLE', `${field} is mostly undecodable characters (wrong charset?): pass the raw bytes instead`);
    }
    if (v.trim()) return { kind: field, content: v };
  }
  return { kind: 'none', content: '' };
}

/** Markup or text as one clean line: tags out, entities decoded, spaces folded. */
function plainLine(markup: string): string {
  return normaliseInline(decodeEntities(stripTags(markup)));
}

function paragraphsOfSubmittedBody(body: string): string[] {
  const text = decodeEntities(stripTags(body)).replace(/\r\n?/g, '\n');
  const chunks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return chunks.map(normaliseInline).filter(Boolean);
}

// articleBody replaces the printed story only when it is a story (80 words) and at least twice as long;
// the page's description only when the page prints no story (under 40 words) and it says more.
const STRUCTURED_BODY_MIN_WORDS = 80;
const STRUCTURED_BODY_RATIO = 2;
const NO_STORY_WORDS = 40;
const DESCRIPTION_MIN_WORDS = 15;

/**
 * The story the markup printed, or what the page's data says where that holds far more: pages that
 * render their text from script data (a single-page app) print little more than a caption, and
 * video, tweet and repository pages print no story at all beside their description.
 */
function printedOrDeclaredStory(printed: string[], meta: Pick<HtmlMetadata, 'structuredBody' | 'description'>): string[] {
  if (!meta.structuredBody && !meta.description) return printed;
  const printedWords = countWords(printed.join(' '));
  if (meta.structuredBody) {
    const fromData = paragraphsOfSubmittedBody(meta.structuredBody);
    const dataWords = countWords(fromData.join(' '));
    if (dataWords >= STRUCTURED_BODY_MIN_WORDS && dataWords >= STRUCTURED_BODY_RATIO * printedWords) return fromData;
  }
  if (meta.description && printedWords < NO_STORY_WORDS) {
    const summary = plainLine(meta.description);
    const summaryWords = countWords(summary);
    if (summaryWords >= DESCRIPTION_MIN_WORDS && summaryWords >= 1.5 * printedWords) return [summary];
  }
  return printed;
}

/**
 * German newsrooms write the lead (Vorspann) as the story's first paragraph; an English deck stands
 * apart from the story. Either way the subtitle carries it too.
 */
function withGermanLead(paragraphs: string[], lead: string | null, language: string | null): string[] {
  return lead && language === 'de' && !paragraphs.includes(lead) ? [lead, ...paragraphs] : paragraphs;
}

function finish(a: Omit<ParsedArticle, 'body' | 'wordCount'>): ParsedArticle {
  const body = a.paragraphs.join('\n\n');
  return { ...a, body, wordCount: countWords(body) };
}

/**
 * Parses a news page (HTML), a plain-text dump of one, or a submission with title and body into a
 * clean article. Pure and synchronous; throws ArticleParseError for input it cannot parse.
 */
export function parseArticle(input: ArticleInput, options: ParseOptions = {}): ParsedArticle {
  return parseWithModel(input, options, shippedMetadataModel(), null);
}

/** Every candidate the metadata choice saw on one HTML page, field by field. */
export interface CandidateRecord {
  title?: Candidate<string>[];
  authors?: Candidate<string[]>[];
  date?: Candidate<string | null>[];
}

/**
 * For training and cross-validating the metadata model: parses with the given weights and records
 * each field's candidates in `record`.
 */
export function parseRecordingCandidates(input: ArticleInput, model: MetadataModel, record: CandidateRecord): ParsedArticle {
  return parseWithModel(input, {}, model, record);
}

function parseWithModel(input: ArticleInput, options: ParseOptions, model: MetadataModel, record: CandidateRecord | null): ParsedArticle {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { kind, content } = resolveContent(input, maxBytes);
  const submittedTitle = typeof input.title === 'string' ? plainLine(input.title) || null : null;
  const submittedBody = typeof input.body === 'string' ? input.body : null;
  if (submittedBody !== null) {
    if (submittedBody.length > maxBytes) checkSize(submittedBody.length, maxBytes);
    checkText(submittedBody, 'body');
  }
  const url = typeof input.url === 'string' && input.url.trim() ? input.url.trim() : undefined;

  if (kind === 'none' && !submittedBody?.trim() && !submittedTitle) {
    throw new ArticleParseError('EMPTY', 'input carries no content: html, text, bytes and body are all empty');
  }

  if (kind === 'html') {
    const doc = buildDocument(content, { maxDepth: options.maxDepth });
    const meta = extractHtmlMetadata(doc, url);
    const titleContext = { siteName: meta.publisher, host: meta.host, documentTitles: meta.documentTitles, h1Count: meta.h1Count };
    const chooseTitle = (proposals: HtmlMetadata['titleProposals']) => {
      const candidates = titleCandidates(proposals, titleContext);
      if (record) record.title = candidates;
      return pick(candidates, model.title)?.value ?? null;
    };
    let title = submittedTitle ?? chooseTitle(meta.titleProposals);
    const blocks = linearise(doc.root);
    const extracted = extractBody(blocks, doc.root, title);
    let paragraphs = submittedBody !== null ? paragraphsOfSubmittedBody(submittedBody) : printedOrDeclaredStory(extracted.paragraphs, meta);
    let h1El = meta.headingOf(title);
    // The h1 heading the story container is one more title candidate, now that the story is found.
    const storyHeading = headingAtStory(blocks, extracted.container);
    const storyTitle = storyHeading ? withoutDecoration(normaliseInline(storyHeading.text)) : '';
    if (!submittedTitle && storyHeading && storyTitle.length >= 3 && storyTitle.length <= 300) {
      title = chooseTitle([...meta.titleProposals, { source: 'story-h1', value: storyTitle }]);
      if (title && foldValue(title) === foldValue(storyTitle)) {
        h1El ??= storyHeading.el;
        paragraphs = paragraphs.filter((p) => p !== storyTitle);
      }
    }
    // The heading that prints the title is the headline, whatever its level; else the page's first h1.
    h1El ??= headingWithTitle(blocks, title, extracted.container) ?? meta.firstH1;
    // The standfirst between headline and story is the deck, not body text (schema.org articleBody
    // leaves it out too).
    const lead = leadBeforeStory(blocks, h1El, extracted.container).map((b) => normaliseInline(b.text))[0] ?? null;
    let subtitle: string | null = meta.subtitles.find((t) => t !== title) ?? lead;
    if (subtitle && title && foldKey(subtitle) === foldKey(title)) subtitle = null;
    const language = chooseLanguage(meta.declaredLanguages, paragraphs.join(' '));
    if (submittedBody === null) paragraphs = withGermanLead(paragraphs, lead, language);
    if (!title && !paragraphs.length) throw new ArticleParseError('NO_CONTENT', 'no title and no article text found in the page');
    const headline = h1El;

    const order = numericDateOrder(language, meta.declaredLanguages);
    const updated = updatedDateOnPage(blocks, order);
    // A page is not published after it was last changed: a later date near the headline is an event.
    const printed = dateNearHeadline(blocks, headline, extracted.container, order);
    const dates = dateCandidates(
      [
        ...meta.dateProposals(order),
        { source: 'printed-near-headline', value: printed && updated && printed > updated.slice(0, 10) ? null : printed },
        { source: 'labelled-on-page', value: labelledDateOnPage(blocks, order) },
        { source: 'updated-on-page', value: updated },
        { source: 'first-printed-on-page', value: firstPrintedDate(blocks, order) },
        { source: 'publication-sentence', value: publicationSentenceDate(blocks, order) },
      ],
      { urlDate: dateFromUrl(url), isArticle: meta.isArticle, isProduct: meta.isProduct },
    );
    if (record) record.date = dates;
    const publishedAt = pick(dates, model.date)?.value ?? null;

    const bylines = bylineNearStory(blocks, headline, extracted.container).filter((n) => n !== meta.publisher);
    const authorChoices = authorCandidates(
      [
        ...meta.authorProposals,
        { source: 'byline-text', value: bylines },
        { source: 'copyright-owner', value: ownerAuthors(meta.declaredAuthors, blocks) },
        { source: 'agency-credit', value: agencyCreditInStory(blocks, headline, extracted.container) },
      ],
      {
        isPrinted: printedOnPage(blocks, meta.copyrightNotice),
        printedTogether: printedTogether(blocks),
        publisher: meta.publisher,
        host: meta.host,
        isArticle: meta.isArticle,
        dated: dates.length > 1,
      },
    );
    if (record) record.authors = authorChoices;
    return finish({
      title,
      subtitle,
      authors: pick(authorChoices, model.authors)?.value ?? [],
      publisher: meta.publisher,
      publishedAt,
      language,
      canonicalUrl: meta.canonicalUrl,
      paragraphs,
      boilerplate: extracted.boilerplate,
    });
  }

  if (kind === 'text') {
    const dump = parseTextDump(decodeEntities(content));
    let paragraphs = submittedBody !== null ? paragraphsOfSubmittedBody(submittedBody) : dump.paragraphs;
    const title = submittedTitle ?? dump.title;
    if (!title && !paragraphs.length) throw new ArticleParseError('NO_CONTENT', 'no title and no article text found in the text');
    const language = chooseLanguage([], paragraphs.join(' '));
    // A dump's "deck" of a few words is a label or a row of share buttons above the story, not a lead.
    const lead = dump.subtitle && dump.subtitle.split(/\s+/).length >= 6 ? dump.subtitle : null;
    if (submittedBody === null) paragraphs = withGermanLead(paragraphs, lead, language);
    const printedDate = dump.dateLine === null ? null : parseHumanDate(dump.dateLine, numericDateOrder(language));
    return finish({
      title,
      subtitle: dump.subtitle,
      authors: dump.authors,
      publisher: dump.publisher,
      publishedAt: printedDate ?? dateFromUrl(url),
      language,
      canonicalUrl: url ?? null,
      paragraphs,
      boilerplate: dump.boilerplate,
    });
  }

  // A submission with only title and/or body.
  const paragraphs = paragraphsOfSubmittedBody(submittedBody ?? '');
  return finish({
    title: submittedTitle,
    subtitle: null,
    authors: [],
    publisher: null,
    publishedAt: dateFromUrl(url),
    language: chooseLanguage([], paragraphs.join(' ')),
    canonicalUrl: url ?? null,
    paragraphs,
    boilerplate: [],
  });
}
