import { createHash } from 'crypto';
import { EventTypes } from '@newswire/contracts';
import { warmUpPage } from '@newswire/extraction';
import { rehearsalEventBody } from '@newswire/messaging';

/** Made-up article.ingested events for parse's start-up rehearsal: the warm-up page, as ingest would send it. */
export function rehearsalEvents(): Buffer[] {
  return Array.from({ length: 4 }, (_, round) => {
    const content = warmUpPage(round);
    return rehearsalEventBody(
      EventTypes.ArticleIngested,
      {
        source: null,
        url: `https://news.example.com/world/geneva-talks-${round}`,
        contentType: 'text/html',
        content,
        contentHash: createHash('sha256').update(content).digest('hex'),
        receivedAt: new Date().toISOString(),
        title: null,
        body: null,
      },
      round,
    );
  });
}
