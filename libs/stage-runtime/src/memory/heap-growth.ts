import { setFlagsFromString } from 'v8';

/**
 * How far V8 lets the old generation grow past its live size before the next full collection, in
 * percent. By default it may grow several times over, and a stage's garbage is mostly page-sized
 * strings kept past a scavenge by the batch that holds them, so under load each service's RSS rose
 * to 250-450 MB while its live heap stayed near 100. Each step down costs CPU in full collections:
 * 35 against 20 saves about 3 ms per real page over the four services, and with the malloc settings
 * (tools/service-environment.json) keeps every service under 190 MB (README, Configuration). V8 reads
 * the flag whenever it sets the next limit, so setting it at start-up works (NODE_OPTIONS does not
 * accept it).
 */
export const HEAP_GROWING_PERCENT = 35;

export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
