/**
 * PREFETCH's default for the stages whose messages are whole pages (ingest, parse). Each delivery
 * is decoded when it arrives, so 64 prefetched pages held some 30 MB of buffers and page text on
 * top of the batch at work. With the heap-growth cap, 16 took peak RSS under load from about 190 to
 * 155 MB in ingest and from about 220 to 165-265 MB in parse, and was no slower (the stage's per-page
 * work dwarfs a batch's commit). Stages of small messages keep 64.
 */
export const PAGE_PREFETCH = 16;
