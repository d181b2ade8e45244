import { ENTITY_TYPES } from '../../read/article-query';
import { typeLabel } from '../format';
import { html, SafeHtml } from '../html';

/** A labelled select of the entity types, "Any" first, with the current choice selected. */
export function entityTypeField(control: { id: string; name: string; label: string }, selected: string | undefined): SafeHtml {
  return html`<div class="field">
    <label for="${control.id}">${control.label}</label
    ><select id="${control.id}" name="${control.name}">
      <option value="">Any</option>
      ${ENTITY_TYPES.map((t) => html`<option value="${t}" ${selected === t ? html` selected` : ''}>${typeLabel(t)}</option>`)}
    </select>
  </div>`;
}
