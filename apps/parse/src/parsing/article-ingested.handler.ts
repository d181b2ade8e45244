import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CarriedPayloadOf, EventEnvelope, EventType, EventTypes } from '@newswire/contracts';
import { ArticleParseError, parseArticle, ParsedArticle } from '@newswire/extraction';
import { PermanentFailure, StageContext } from '@newswire/messaging';
import { utf8Text } from '@newswire/extraction/charset';
import { StageEventHandler } from '@newswire/stage-runtime';
import { ParsedArticleRepository } from './parsed-article.repository';

/** article.ingested as it arrives: the page usually as its UTF-8 bytes (contracts' CarriedPayloadOf). */
type IngestedArticle = CarriedPayloadOf<'article.ingested'>;

/**
 * article.ingested → extract the article from the page or text dump → article.parsed. A reprocess
 * revision replaces the stored article and carries on downstream; an older one changes nothing.
 */
@StageEventHandler()
export class ArticleIngestedHandler {
  constructor(private readonly articles: ParsedArticleRepository) {}

  @EventPattern<EventType>(EventTypes.ArticleIngested)
  async handle(@Payload() { articleId, payload: raw }: EventEnvelope<'article.ingested', IngestedArticle>, @Ctx() context: StageContext): Promise<void> {
    const parsed = parseOrFail(raw);
    if (parsed.paragraphs.length === 0) throw new PermanentFailure('no article body could be extracted', 'NO_BODY');
    const stored = await this.articles.storeIfNewer(context.queryRunner, articleId, raw.url, parsed, context.revision);
    if (!stored) return;
    context.emit(EventTypes.ArticleParsed, {
      url: raw.url,
      canonicalUrl: parsed.canonicalUrl,
      title: parsed.title,
      subtitle: parsed.subtitle,
      authors: parsed.authors,
      publisher: parsed.publisher,
      publishedAt: parsed.publishedAt,
      language: parsed.language,
      paragraphs: parsed.paragraphs,
      wordCount: parsed.wordCount,
    });
  }
}

function parseOrFail(raw: IngestedArticle): ParsedArticle {
  try {
    return parseArticle({
      // Markup stays bytes (the parser decodes it in pieces); a text dump is read as one string.
      ...(raw.contentType === 'text/html' ? { html: raw.content } : { text: typeof raw.content === 'string' ? raw.content : utf8Text(raw.content) }),
      contentType: raw.contentType,
      url: raw.url ?? undefined,
      title: raw.title ?? undefined,
      body: raw.body ?? undefined,
    });
  } catch (error) {
    // Input the parser cannot read will not improve on retry: keep it in the dead-letter store.
    if (error instanceof ArticleParseError) throw new PermanentFailure(`cannot parse article: ${error.message}`, error.code);
    throw error;
  }
}
