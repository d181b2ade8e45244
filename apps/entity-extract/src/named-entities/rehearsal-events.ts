import { EventTypes } from '@newswire/contracts';
import { rehearsalEventBody } from '@newswire/messaging';
import { warmUpText } from '@newswire/nlp';

/** Made-up article.parsed events for entity-extract's start-up rehearsal: the warm-up article, as parse would send it. */
export function rehearsalEvents(): Buffer[] {
  return Array.from({ length: 4 }, (_, round) => {
    const paragraphs = warmUpText(round).split('\n\n');
    return rehearsalEventBody(
      EventTypes.ArticleParsed,
      {
        url: `https://news.example.com/world/geneva-talks-${round}`,
        canonicalUrl: null,
        title: 'Ministers meet in Geneva over ceasefire',
        subtitle: null,
        authors: ['Jane Doe'],
        publisher: 'Example News',
        publishedAt: '2024-03-01T10:00:00Z',
        language: 'en',
        paragraphs,
        wordCount: paragraphs.join(' ').split(/\s+/).length,
      },
      round,
    );
  });
}
