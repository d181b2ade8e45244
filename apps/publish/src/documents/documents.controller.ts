import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { parseArticleQuery, RawQuery } from '../read/article-query';
import { badRequestOnInvalid } from '../read/bad-request';
import { ArticleSearch } from '../read/article-search';
import type { ArticlePage } from '../read/read-api.types';
import { DocumentRepository } from './document.repository';
import { PublishedDocument } from './published-document';

/** GET /articles/:id and GET /articles (search, filters, cursor paging: see read/read-api.types.ts). */
@Controller('articles')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly search: ArticleSearch,
  ) {}

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PublishedDocument> {
    const document = await this.documents.findById(id);
    if (!document) throw new NotFoundException(`no published article ${id}`);
    return document;
  }

  @Get()
  async list(@Query() raw: RawQuery): Promise<ArticlePage> {
    return this.search.search(badRequestOnInvalid(() => parseArticleQuery(raw)));
  }
}
