// What sits around the headline: the printed date, the standfirst, the visible h1 over the story.
import { HtmlElement } from './dom';
import { TextBlock } from './blocks';
import { firstBlockWithin, isWithin } from './block-index';
import { findHumanDate, labelledDate, NumericDateOrder, updatedDate } from '../metadata/dates';
import { normaliseInline } from '../normalise/normalise-text';
import { withoutDecoration } from '../metadata/title';

/**
 * A date printed next to the headline (dateline, "19.10.2019 07:49 Uhr", "Bonn, 11.10.2021"):
 * looked for in the few lines around the headline and at the start of the story.
 */
export function dateNearHeadline(blocks: TextBlock[], headline: HtmlElement | null, container: HtmlElement | null, order: NumericDateOrder): string | null {
  let anchor = -1;
  if (headline) anchor = firstBlockWithin(blocks, headline);
  if (anchor < 0 && container) anchor = firstBlockWithin(blocks, container);
  if (anchor < 0) return null;
  // Nearest first: the date line right under (or over) the headline, before teasers further out;
  // a line of its own before a dateline opening the prose ("BERLIN, 11.10.2021 –"), and in prose
  // only the opening counts (later dates are events in the story).
  for (const prose of [false, true]) {
    for (let d = 0; d < 10; d++) {
      for (const i of d === 0 ? [anchor] : d <= 4 ? [anchor + d, anchor - d] : [anchor + d]) {
        const b = blocks[i];
        if (!b || b.chars - b.linkChars < 4 || b.chars > 80 !== prose) continue;
        // A date line opens with the date or a short label ("Kultur, 2.11.22", "Von Jane Doe | 27.01.2022");
        // one deep in a caption or teaser ("Abbildung: ... Datensatz vom 09.03.2016") dates something else.
        const text = b.text.trimStart();
        const found = findHumanDate(prose ? text.slice(0, 36) : text.slice(0, 160), order);
        // "Updated 4 March 2021" dates a change, not the publication.
        if (found && found.index <= 48 && !UPDATE_WORD_BEFORE.test(text.slice(0, found.index))) return found.iso;
      }
    }
  }
  return null;
}

const UPDATE_WORD_BEFORE = /(?:updated|modified|aktualisiert|geändert|mis à jour|actualizado|aggiornato)\W*(?:on|am|le|el|il)?\W*$/i;

const LEAD_TAGS = new Set(['p', 'div', 'span', 'strong', 'b', 'em', 'blockquote', 'h2', 'section', 'header']);

/**
 * The lead (standfirst, intro) that templates put between the headline and the story container:
 * prose blocks in that gap, before the first block of the story. The lead sits right under the headline
 * (the first twelve blocks), however far the story starts below it (a paywall's offer or a gallery can
 * stand between the two), or under a headline that stands inside the container.
 */
export function leadBeforeStory(blocks: TextBlock[], headline: HtmlElement | null, container: HtmlElement | null): TextBlock[] {
  if (!headline || !container || (isWithin(headline, container) === false && isWithin(container, headline))) return [];
  const h = firstBlockWithin(blocks, headline);
  const c = firstBlockWithin(blocks, container);
  if (h < 0 || c < 0) return [];
  // A headline inside the container (under a breadcrumb at its top) has its lead under it all the same.
  if (c <= h && !isWithin(headline, container)) return [];
  const end = Math.min(blocks.length, h + 13, c > h ? c : Infinity);
  const out: TextBlock[] = [];
  for (let i = h + 1; i < end && out.length < 2; i++) {
    const b = blocks[i];
    const own = b.chars - b.linkChars;
    if (b.heading || !LEAD_TAGS.has(b.tag) || own < 40 || b.linkChars > 0.2 * b.chars) continue;
    if (!/[.!?…:;"”»)]\s*$/u.test(b.text.trim())) continue;
    if (inFurnitureTag(b.el, container) || !namedAsLead(b.el, container)) continue;
    out.push(b);
  }
  return out;
}

const LEAD_CLASS = /lead|intro|teaser|excerpt|summary|standfirst|description|deck|dek|sub-?title|bajada|abstract|kurztext|vorspann|chapo|chapeau/i;

/** The block or a close ancestor is named as the lead by its class. */
function namedAsLead(el: HtmlElement, stop: HtmlElement): boolean {
  let e: HtmlElement | null = el;
  for (let i = 0; e && e !== stop && i < 4; i++, e = e.parent) if (LEAD_CLASS.test(`${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`)) return true;
  return false;
}

/** nav/aside/footer/figure or a comment thread between the block and the page: never a lead. */
function inFurnitureTag(el: HtmlElement, stop: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e && e !== stop; e = e.parent) {
    if (e.tag === 'nav' || e.tag === 'aside' || e.tag === 'footer' || e.tag === 'figure' || e.tag === 'figcaption' || e.tag === 'form') return true;
    if (/comment|related|share|newsletter|cookie|caption/i.test(`${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`)) return true;
  }
  return false;
}

/** The first date opening a short line anywhere on the page: the only printed date some pages have. */
export function firstPrintedDate(blocks: TextBlock[], order: NumericDateOrder): string | null {
  for (const b of blocks) {
    if (b.chars > 120 || b.chars - b.linkChars < 4) continue;
    const text = b.text.trimStart();
    const found = findHumanDate(text, order);
    if (found && found.index <= 24 && !UPDATE_WORD_BEFORE.test(text.slice(0, found.index))) return found.iso;
  }
  return null;
}

// A sentence that says the piece was published ("Dieser Artikel wurde am 14. Dezember 2015 … veröffentlicht",
// "This entry was posted on Monday, May 4th, 2015"): blog footers print the date this way.
const PUBLICATION_SENTENCE =
  /\b(?:veröffentlicht|publiziert|geschrieben|verfasst|erstellt|eingestellt|published|posted|written|publié|publicado|pubblicato)\b|\bwurde am\b/i;

/** A date in a short sentence about the piece's publication, anywhere on the page. */
export function publicationSentenceDate(blocks: TextBlock[], order: NumericDateOrder): string | null {
  for (const b of blocks) {
    if (b.chars > 300 || b.chars - b.linkChars < 10 || !PUBLICATION_SENTENCE.test(b.text)) continue;
    const text = b.text.trimStart();
    const found = findHumanDate(text, order);
    if (found && !UPDATE_WORD_BEFORE.test(text.slice(0, found.index))) return found.iso;
  }
  return null;
}

/** A date under a publication label anywhere on the page ("Erschienen am: 01.11.2023"). */
export function labelledDateOnPage(blocks: TextBlock[], order: NumericDateOrder): string | null {
  return dateUnderLabel(blocks, (text) => labelledDate(text, order));
}

/** A date under an update label anywhere on the page ("Letzte Änderung: 14.01.2022"). */
export function updatedDateOnPage(blocks: TextBlock[], order: NumericDateOrder): string | null {
  return dateUnderLabel(blocks, (text) => updatedDate(text, order));
}

function dateUnderLabel(blocks: TextBlock[], read: (text: string) => string | null): string | null {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.chars > 300) continue;
    // The label in one cell and the date in the next ("Letzte Änderung:" | "14.01.2022 um 09:25").
    const d = read(b.text) ?? (b.chars < 40 && /:\s*$/.test(b.text) && i + 1 < blocks.length ? read(`${b.text} ${blocks[i + 1].text.slice(0, 80)}`) : null);
    if (d) return d;
  }
  return null;
}

/**
 * The heading block that prints the title (an h3 on many blog themes): the headline when no h1/h2
 * was recognised as one. Looked for before the story's first block.
 */
export function headingWithTitle(blocks: TextBlock[], title: string | null, container: HtmlElement | null): HtmlElement | null {
  if (!title) return null;
  const want = normaliseInline(title);
  const end = container ? firstBlockWithin(blocks, container) : blocks.length;
  for (let i = Math.max(0, end) + 5; i >= 0; i--) {
    const b = blocks[i];
    if (b && b.heading && b.chars <= want.length + 5 && withoutDecoration(normaliseInline(b.text)) === want) return b.el;
  }
  return null;
}

/** The h1 at the top of the story container, or the last one shortly before it: the visible headline. */
export function headingAtStory(blocks: TextBlock[], container: HtmlElement | null): { text: string; el: HtmlElement } | null {
  if (!container) return null;
  const first = firstBlockWithin(blocks, container);
  if (first < 0) return null;
  for (let i = Math.min(blocks.length - 1, first + 4); i >= Math.max(0, first - 15); i--) {
    const b = blocks[i];
    if (b.tag === 'h1' && b.chars >= 3 && b.linkChars < b.chars) return { text: b.text, el: b.el };
  }
  return null;
}
