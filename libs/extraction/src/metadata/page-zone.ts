// The publisher's time zone, read from the page's own dates. Labels (and readers) want the calendar day
// the publisher printed, and a UTC instant near midnight falls on another day than the publisher's.
import type { Proposal } from './candidates';
import { pad } from './dates';

/** A UTC instant as parseMachineDate writes it: hour, minute and (optional) second. */
export const UTC_INSTANT = /T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]00:?00)$/;
const WALL_CLOCK = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:([+-])(\d{2}):?(\d{2}))?$/;
const MINUTE_MS = 60_000;

/**
 * The page's zone in minutes east of UTC: where it writes one moment twice, as a UTC instant
 * ("2023-11-09T01:09:55Z" in JSON-LD) and on its own clock ("2023-11-08 18:09:55" in a <time>), to the
 * second and a whole number of quarter hours apart, the difference; else the one non-UTC offset its
 * dates carry, if they carry one only.
 */
export function pageZone(proposals: Array<Proposal<string | null>>): number | null {
  const values = proposals.map((p) => p.value).filter((v): v is string => !!v);
  const instants = values.filter((v) => UTC_INSTANT.test(v));
  for (const v of values) {
    const clock = v.match(WALL_CLOCK);
    if (!clock || UTC_INSTANT.test(v)) continue;
    const wallClock = Date.parse(`${v.slice(0, 19)}Z`);
    for (const u of instants) {
      const [, , minute, second] = u.match(UTC_INSTANT)!;
      // A quarter hour on the second ("…T05:30:00Z") matches too many clocks by chance.
      if (!second || (second === '00' && +minute % 15 === 0)) continue;
      const offset = (wallClock - Date.parse(u)) / MINUTE_MS;
      if (offset !== 0 && offset % 15 === 0 && offset >= -12 * 60 && offset <= 14 * 60) return offset;
    }
  }
  const offsets = new Set<number>();
  for (const v of values) {
    const clock = v.match(WALL_CLOCK);
    if (clock?.[1] && clock[2] + clock[3] !== '0000') offsets.add((clock[1] === '-' ? -1 : 1) * (+clock[2] * 60 + +clock[3]));
  }
  return offsets.size === 1 ? [...offsets][0] : null;
}

/** A UTC instant on the clock of the zone `offset` minutes east of UTC ("2023-11-08T18:09:55-07:00"). */
export function inZone(instant: string, offset: number): string {
  const clock = new Date(Date.parse(instant) + offset * MINUTE_MS).toISOString().slice(0, 19);
  const a = Math.abs(offset);
  return `${clock}${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
