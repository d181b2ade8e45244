import { HtmlElement } from './dom';
import { TextBlock } from './blocks';
import { parseHumanDate } from '../metadata/dates';

function isWithin(el: HtmlElement, container: HtmlElement): boolean {
  for (let e: HtmlElement | null = el; e; e = e.parent) if (e === container) return true;
  return false;
}

/**
 * A date printed next to the headline (dateline, "19.10.2019 07:49 Uhr", "Bonn, 11.10.2021"):
 * looked for in the few lines around the headline and at the start of the story.
 */
export function dateNearHeadline(blocks: TextBlock[], headline: HtmlElement | null, container: HtmlElement | null): string | null {
  let anchor = -1;
  if (headline) anchor = blocks.findIndex((b) => isWithin(b.el, headline));
  if (anchor < 0 && container) anchor = blocks.findIndex((b) => isWithin(b.el, container));
  if (anchor < 0) return null;
  const from = Math.max(0, anchor - 3);
  const to = Math.min(blocks.length, anchor + 10);
  for (let i = from; i < to; i++) {
    const b = blocks[i];
    if (b.chars - b.linkChars < 4) continue;
    const d = parseHumanDate(b.text.slice(0, 160));
    if (d) return d;
  }
  return null;
}
