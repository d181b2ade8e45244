import { escapeUTF8 } from 'entities';

/** Markup that is already safe to send: built by `html` or by a renderer here, never from raw input. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = SafeHtml | string | number | null | undefined | false | readonly Interpolation[];

/**
 * Tagged template for HTML: every interpolated value is escaped (`& < > " '`) unless it is
 * already SafeHtml; arrays are joined, null/undefined/false render nothing. Page text can only
 * ever reach the browser as text.
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeUTF8(String(value));
}
