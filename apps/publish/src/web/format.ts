import { html, SafeHtml } from './html';

/** Entity types as readers see them, and the CSS class each is highlighted with. */
const TYPE_LABELS: Record<string, string> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  LOCATION: 'place',
  MISC: 'other name',
  DATE: 'date',
  TIME: 'time',
  MONEY: 'money',
  PERCENT: 'percentage',
  QUANTITY: 'quantity',
};

export function typeLabel(type: string): string {
  return TYPE_LABELS[type] ?? type.toLowerCase();
}

export function typeClass(type: string): string {
  return `entity--${type.toLowerCase().replace(/[^a-z]/g, '')}`;
}

/** `<time>` with the machine-readable instant and a day a person reads; nothing for a missing or unreadable date. */
export function dateTime(value: string | null | undefined): SafeHtml {
  if (!value) return html``;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return html`${value}`;
  return html`<time datetime="${date.toISOString()}">${date.toISOString().slice(0, 10)}</time>`;
}

/** Only http(s) links leave the site: a stored `javascript:` URL must not become a link. */
export function externalHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function articleHref(id: string): string {
  return `/web/articles/${encodeURIComponent(id)}`;
}

export function entityHref(id: string): string {
  return `/web/entities/${encodeURIComponent(id)}`;
}
