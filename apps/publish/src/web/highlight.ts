import { entityHref, typeClass, typeLabel } from './format';
import { html, SafeHtml } from './html';

/** What highlighting needs of a published entity: its mentions are offsets into the document body. */
export interface HighlightEntity {
  id: string;
  type: string;
  name: string;
  mentions: Array<{ start: number; end: number }>;
}

/** The body's paragraphs are joined with this (articleBody in @newswire/contracts). */
const PARAGRAPH_SEPARATOR = '\n\n';

/**
 * The body as paragraphs with every mention marked by its entity's type and linked to the
 * entity's page. Offsets index the body string; a mention overlapping an earlier one, or
 * crossing a paragraph break, is left unmarked rather than producing broken markup.
 */
export function highlightedBody(body: string, entities: HighlightEntity[]): SafeHtml {
  const mentions = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .filter((m) => m.start >= 0 && m.end > m.start && m.end <= body.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const paragraphs: SafeHtml[] = [];
  let paragraphStart = 0;
  let next = 0; // first mention not yet placed
  for (const paragraph of body.split(PARAGRAPH_SEPARATOR)) {
    const paragraphEnd = paragraphStart + paragraph.length;
    const parts: SafeHtml[] = [];
    let cursor = paragraphStart;
    while (next < mentions.length && mentions[next].start < paragraphEnd) {
      const mention = mentions[next++];
      if (mention.start < cursor || mention.end > paragraphEnd) continue;
      parts.push(html`${body.slice(cursor, mention.start)}`, marked(body.slice(mention.start, mention.end), mention.entity));
      cursor = mention.end;
    }
    parts.push(html`${body.slice(cursor, paragraphEnd)}`);
    paragraphs.push(html`<p>${parts}</p>`);
    paragraphStart = paragraphEnd + PARAGRAPH_SEPARATOR.length;
    while (next < mentions.length && mentions[next].start < paragraphStart) next++; // inside the separator
  }
  return html`${paragraphs.map((p) => html`${p} `)}`;
}

function marked(text: string, entity: HighlightEntity): SafeHtml {
  return html`<a class="entity ${typeClass(entity.type)}" href="${entityHref(entity.id)}" data-entity-type="${entity.type}"
    ><mark>${text}</mark><span class="visually-hidden"> (${typeLabel(entity.type)})</span></a
  >`;
}
