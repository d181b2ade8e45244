import { HtmlElement } from './dom';
import { TextBlock } from './blocks';
import { firstBlockWithin, isWithin, lastBlockWithin } from './block-index';
import { PIECE_WORDS, splitAuthorNames } from '../metadata/authors';
import { foldSpaces } from '../normalise/normalise-text';
import { isAgencyCredit } from '../metadata/news-agencies';

// "Von Pamela Sladky | 27.01.2022", "Ein Artikel von ...", "Text: ...", "Autor: ...", "Gespeichert von rasos am ...".
// The bare words that introduce a byline ("By", "Von", "Par"...).
const BARE_BY = 'by|von|par|por|door|av|przez';
const BYLINE_LEAD = new RegExp(
  `(?:^|[\\s|•·(])(?:ein (?:artikel|beitrag|text) von|geschrieben von|verfasst von|gespeichert von|erstellt von|posted by|written by|words by|story by|reported by|${BARE_BY}|texte?|autor(?:in)?|author|auteur|redakteur(?:in)?)\\s*:?\\s+`,
  'giu',
);
const BARE_LEAD = new RegExp(`^[\\s|•·(]*(?:${BARE_BY})\\s*:?\\s+$`, 'i');
// A capitalised preposition or article ends the name ("Von Henry In Aktuell": a category follows).
const NAME =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?!(?:In|Im|Am|An|At|On|Auf|Bei|For|Für|Mit|With|Of|Und|And|The|Zu|Zum|Zur|Aus|Vom|From|Über|Dans|Sur|En)\s)\p{Lu}[\p{L}'’.-]*|von|van|de|der|den|da|di|du|le|la|el|bin|al)){0,4})/u;
const HANDLE = /^([\p{Ll}\d_.-]{3,30})(?=\s+(?:am|on|@|at|le|el)\b|\s*$)/u;

// What may stand before a bare by/von: nothing, a separator or date, or a word for the piece ("Eine Kolumne von").
const OPENS_BYLINE = new RegExp(`(?:^|[|•·(–—:\\d]|\\s-|\\b(?:ein(?:e|en)?|der|die|das|a|an|the|une?)?\\s*(?:${PIECE_WORDS}))\\s*$`, 'i');

/** A menu entry ("Author: Jane Doe" in a site menu) is navigation, not a byline. */
function inMenu(el: HtmlElement): boolean {
  for (let e: HtmlElement | null = el, i = 0; e && i < 6; e = e.parent, i++) {
    if (e.tag === 'nav' || e.tag === 'menu' || /(?:^|[\s_-])(?:menu|nav|navbar|navigation)(?:$|[\s_-])/i.test(e.attrs.class ?? '')) return true;
  }
  return false;
}

/** Names after a byline word in one short line of text. */
export function namesFromBylineText(text: string): string[] {
  // "By" and the name in adjacent inline elements run together ("ByJ.R. Stone").
  const t = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(By|Von|Par|Por|Door)(?=\p{Lu})/u, '$1 ')
    // A credit word printed twice ("By" as a label, then "by Jane Doe"; in adjacent elements, "Byby Jane Doe").
    .replace(/^(by|von|par|por|door)\s*(?=\1\s)/i, '');
  if (t.length > 100) return [];
  BYLINE_LEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BYLINE_LEAD.exec(t))) {
    const rest = t.slice(m.index + m[0].length);
    const name = rest.match(NAME)?.[1] ?? (/gespeichert|posted|erstellt/i.test(m[0]) ? rest.match(HANDLE)?.[1] : undefined);
    // "von Lingen" is as often a place as a person: a bare by/von needs a first and last name, and
    // opens the line or follows a separator or a date ("Theme: Rogue von xwolf", "Tipps stammen von
    // K. Doe" are prose, not bylines).
    const explicit = !BARE_LEAD.test(m[0]);
    if (!explicit && !OPENS_BYLINE.test(t.slice(0, m.index + (/^[\s|•·(]/.test(m[0]) ? 1 : 0)))) continue;
    // "Text" without a colon is as often a page control ("Text Size", "Text Mode") as a credit: a full name only.
    const plainText = /^[\s|•·(]*texte?\s+$/i.test(m[0]);
    if (name && ((explicit && !plainText) || name.includes(' '))) {
      // "Jane Doe und John Roe", "A, B and C": the names that follow, joined so the splitter sees each.
      // A list joined by commas counts only when a conjunction brings its last name ("A, B and C"); a
      // comma alone goes on to a job, a team or a place as often.
      const more: Array<{ conjunction: boolean; name: string }> = [];
      let after = rest.slice(name.length);
      for (let m2 = after.match(NEXT_NAME); m2 && more.length < 5; m2 = after.match(NEXT_NAME)) {
        more.push({ conjunction: /(?:und|and|&|et|y)\s*$/.test(m2[0].slice(0, m2[0].length - m2[1].length)), name: m2[1] });
        after = after.slice(m2[0].length);
        if (more[more.length - 1].conjunction) break;
      }
      const listed = more.length && more[more.length - 1].conjunction ? more : [];
      const all = [name, ...listed.map((x) => x.name)];
      const names = splitAuthorNames(all.join(' und '));
      if (names.length) return names;
    }
  }
  return [];
}

/**
 * A byline printed as text (no markup names it): searched in the lines around the headline and in
 * the last lines of the story.
 */
export function bylineNearStory(blocks: TextBlock[], headline: HtmlElement | null, container: HtmlElement | null): string[] {
  const candidates: number[] = [];
  let anchor = -1;
  if (headline) anchor = firstBlockWithin(blocks, headline);
  if (anchor < 0 && container) anchor = firstBlockWithin(blocks, container);
  if (anchor >= 0) for (let i = Math.max(0, anchor - 2); i < Math.min(blocks.length, anchor + 10); i++) candidates.push(i);
  let last = -1;
  if (container) {
    last = lastBlockWithin(blocks, container);
    for (let i = Math.max(0, last - 3); i <= Math.min(blocks.length - 1, last + 2); i++) if (last >= 0) candidates.push(i);
  }
  for (const i of candidates) {
    const b = blocks[i];
    if (b.chars > 160 || inMenu(b.el)) continue;
    // "Von:" in one cell and the name in the next.
    const text = LEAD_ONLY.test(b.text) && i + 1 < blocks.length ? `${b.text.trim()} ${blocks[i + 1].text}` : b.text;
    const names = namesFromBylineText(text);
    if (names.length) return names;
  }
  // The writer's name signing off the story's last paragraph: "... bleibt spannend. (Jane P. Doe) +++".
  for (let i = last; i >= 0 && i > last - 3; i--) {
    const m = blocks[i].text.trimEnd().match(SIGN_OFF);
    const names = m ? splitAuthorNames(m[1]) : [];
    if (names.length === 1) return names;
  }
  // An explicitly labelled credit anywhere in the story ("Autorin: Jane Doe, project lead").
  if (container) {
    for (let i = Math.max(0, firstBlockWithin(blocks, container)); i < blocks.length; i++) {
      const b = blocks[i];
      if (b.chars > 160 || !LABELLED_CREDIT.test(b.text) || !isWithin(b.el, container)) continue;
      const names = namesFromBylineText(b.text.replace(/\s+/g, ' ').trim().slice(0, 100));
      if (names.length) return names;
    }
  }
  return [];
}

// One more name (two words or more, no date after it) after a comma or a conjunction.
const NEXT_NAME = /^\s*(?:,\s*(?:and\s+|und\s+)?|\s(?:und|and|&|et|y)\s+)(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?![\p{L}'’.-]|\s*\d)/u;

const SIGN_OFF = /[.!?…"“”»]\s*\((\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\)\s*[+*#]*$/u;
const LEAD_ONLY = new RegExp(`^\\s*(?:${BARE_BY}|autor(?:in)?|author|auteur|texte?)\\s*:?\\s*$`, 'i');
const LABELLED_CREDIT = /^\s*(?:autor(?:in)?|author|auteur|texte?|written by|geschrieben von|verfasst von)\s*:/i;

/**
 * An undated page that is no article has an author only when it is its owner's own page: the name
 * declared as author is the one its copyright line names ("© 2009-2012 Jane Doe").
 */
export function ownerAuthors(declared: string[], blocks: TextBlock[]): string[] {
  if (!declared.length) return [];
  for (let i = blocks.length - 1; i >= 0; i--) {
    const t = blocks[i].text;
    if (blocks[i].chars > 300 || !/©|\(c\)|copyright/i.test(t)) continue;
    const named = declared.filter((n) => t.includes(n));
    if (named.length) return named;
  }
  return [];
}

const searchable = (s: string) => foldSpaces(s.normalize('NFC').replace(/[’‘]/g, "'")).toLowerCase();

/**
 * Whether the page lets a reader see a name. A name only meta tags or structured data carry is as
 * often the account that posted the page (an editorial desk, the webmaster) as the writer; a name
 * the page prints, or that its copyright notice names (an owner's own page), is an author's.
 */
export function printedOnPage(blocks: TextBlock[], copyrightNotice: string | null): (name: string) => boolean {
  let page: string | null = null;
  const notice = copyrightNotice ? searchable(copyrightNotice) : '';
  return (name) => {
    page ??= searchable(blocks.map((b) => b.text).join(' '));
    const key = searchable(name);
    return page.includes(key) || notice.includes(key);
  };
}

/**
 * Whether one short block of the page (a byline, a credit line) prints all of the names: writers who
 * share a byline, rather than names gathered from around the page (a sidebar's authors, a related story's).
 */
export function printedTogether(blocks: TextBlock[]): (names: string[]) => boolean {
  let short: string[] | null = null;
  return (names) => {
    short ??= blocks.filter((b) => b.chars <= 300).map((b) => searchable(b.text));
    const keys = names.map(searchable);
    return short.some((t) => keys.every((k) => t.includes(k)));
  };
}

// "Hamburg (dpa/lno) – ...", "BERLIN (Reuters) - ...": a dateline's credit in parentheses.
const DATELINE_CREDIT = /^\s*\p{Lu}[\p{L}'’. /-]{1,40}?\s*\(([^()]{2,30})\)\s*[–—:-]/u;
// "... hieß es. (FR mit dpa)": a credit in parentheses ending the story.
const CLOSING_CREDIT = /\(([^()]{2,30})\)\s*[+*#]*$/u;

/**
 * A news agency credited by the story itself: in the dateline of its first lines or in parentheses at
 * its end ("Hamburg (dpa/lno) –", "(FR mit dpa)"), or as a line of its own by the headline ("JIJI").
 */
export function agencyCreditInStory(blocks: TextBlock[], headline: HtmlElement | null, container: HtmlElement | null): string[] {
  if (!container) return [];
  const first = firstBlockWithin(blocks, container);
  if (first < 0) return [];
  const last = lastBlockWithin(blocks, container);
  const credit = (m: RegExpMatchArray | null) => (m && isAgencyCredit(m[1]) ? [foldSpaces(m[1]).trim()] : null);
  for (let i = first; i < Math.min(blocks.length, first + 3); i++) {
    const found = credit(blocks[i].text.match(DATELINE_CREDIT));
    if (found) return found;
  }
  for (let i = last; i >= first && i > last - 3; i--) {
    const found = credit(blocks[i].text.trimEnd().match(CLOSING_CREDIT));
    if (found) return found;
  }
  const anchor = headline ? firstBlockWithin(blocks, headline) : -1;
  for (let i = anchor + 1; anchor >= 0 && i < Math.min(blocks.length, anchor + 4); i++) {
    const line = foldSpaces(blocks[i].text).trim();
    if (line.length <= 30 && isAgencyCredit(line)) return [line];
  }
  return [];
}
