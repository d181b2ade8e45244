// The publication date from what the page declares and what it prints at the headline.
import type { HtmlMetadata } from './html-metadata';

/**
 * A UTC timestamp near midnight falls on another day than the one the page prints: when the printed
 * date is the next or previous day, the reader's (printed) day wins.
 */
function localDay(machine: string | null, printed: string | null): string | null {
  if (!machine || !printed || !/T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]00:?00)$/.test(machine)) return machine;
  const days = (Date.parse(printed) - Date.parse(machine.slice(0, 10))) / 86_400_000;
  return Math.abs(days) === 1 ? printed : machine;
}

/**
 * The publication date: the declared one, unless the date printed at the headline says otherwise —
 * it wins when another declared date agrees with it (pages that declare two disagree with themselves)
 * or when the declaration was only an unqualified "date" meta. Such a meta that nothing printed
 * confirms is taken only when a second one agrees (alone it is as often the day of the last change):
 * else null, for the caller's weaker sources.
 */
export function choosePublicationDate(meta: Pick<HtmlMetadata, 'publishedAt' | 'publishedAtUnqualified' | 'declaredDates'>, printed: string | null): string | null {
  if (!meta.publishedAt || !printed) {
    if (!meta.publishedAtUnqualified) return meta.publishedAt ?? printed;
    return printed ?? (meta.declaredDates.filter((d) => d === meta.publishedAt).length > 1 ? meta.publishedAt : null);
  }
  if (meta.publishedAt.slice(0, 10) === printed) return meta.publishedAt;
  const agreeing = meta.declaredDates.find((d) => d.slice(0, 10) === printed);
  if (agreeing) return agreeing;
  if (meta.publishedAtUnqualified) return printed;
  return localDay(meta.publishedAt, printed);
}
