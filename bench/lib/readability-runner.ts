import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ReadabilityOutput {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
  body: string;
}

/** Mozilla Readability on a linkedom document, as commonly run server-side. */
export function runReadability(html: string, url?: string): ReadabilityOutput {
  try {
    const { document } = parseHTML(html);
    if (url) {
      try {
        // Readability resolves relative links against the document URL; linkedom has no location.
        (document as any).documentURI = url;
      } catch {
        /* read-only in some versions */
      }
    }
    const r = new Readability(document as any).parse();
    return {
      title: r?.title ?? null,
      byline: r?.byline ?? null,
      publishedTime: (r as any)?.publishedTime ?? null,
      body: r?.textContent ?? '',
    };
  } catch {
    return { title: null, byline: null, publishedTime: null, body: '' };
  }
}
