import { encodeSubmissionBody } from '@newswire/messaging';

/**
 * Made-up submissions for ingest's start-up rehearsal: page-sized, as the queue delivers them (the
 * payload form of article.submitted, its content attached as `newswire submit` sends it or inside
 * the JSON), so decoding, hashing and storing a page are compiled before the first real ones
 * arrive. The text is a template; ingest does not read it.
 */
export function rehearsalSubmissions(): Buffer[] {
  const row = (i: number) => `<li class="item"><a href="/story-${i}">Story ${i}: ministers meet in Geneva over the ceasefire</a></li>`;
  return Array.from({ length: 4 }, (_, round) => {
    const content = `<!doctype html><html lang="en"><head><title>Rehearsal ${round}</title></head><body><ul>${Array.from({ length: 1500 }, (_, i) => row(i)).join('\n')}</ul></body></html>`;
    const payload = { content, contentType: 'text/html', url: `https://news.example.com/rehearsal/${round}` };
    return round % 2 === 0 ? encodeSubmissionBody(payload) : Buffer.from(JSON.stringify(payload));
  });
}
