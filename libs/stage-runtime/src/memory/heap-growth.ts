import { setFlagsFromString } from 'v8';
import type { StageName } from '@newswire/contracts';

/**
 * How far V8 lets the old generation grow past its live size before the next full collection, in
 * percent, per stage. By default it may grow several times over, and a page stage's garbage is mostly
 * page-sized strings kept past a scavenge by the batch that holds them, so under load each service's RSS
 * rose to 250-450 MB while its live heap stayed near 100. Each step down costs CPU in full collections:
 * 35 against 20 saves about 3 ms per real page over the four services, and with the malloc settings
 * (tools/service-environment.json) keeps every service under 190 MB (docs/performance.md, Memory).
 *
 * Ingest is the exception. Its heap holds little garbage of its own: its garbage is the pages' buffers,
 * outside the heap, which V8 counts against the same limit. At 35 % it ran a full collection every
 * ~20 real pages (20-40 ms each; with their concurrent marking, about 45 % of its CPU); at 100 % every ~80, for 1.6-1.9 ms less CPU
 * per page and a peak RSS of 174-184 MB instead of 158-177.
 *
 * V8 reads the flag whenever it sets the next limit, so setting it at start-up works (NODE_OPTIONS
 * does not accept it).
 */
export const HEAP_GROWING_PERCENT: Record<StageName, number> = {
  ingest: 100,
  parse: 35,
  'entity-extract': 35,
  publish: 35,
};

export function limitHeapGrowth(stage: StageName): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT[stage]}`);
}
