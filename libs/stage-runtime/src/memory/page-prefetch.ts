/**
 * PREFETCH's default for the stages whose messages are whole pages (ingest, parse). Each delivery
 * is decoded when it arrives, so 64 prefetched pages held some 30 MB of buffers and page text on
 * top of the batch at work; 16 keeps a stage's peak RSS under load below 200 MB and was no slower
 * (the stage's per-page work dwarfs a batch's commit). Stages of small messages keep 64.
 */
export const PAGE_PREFETCH = 16;
