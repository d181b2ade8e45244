import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ArticlePage as ArticlePageSchema, DocumentHistory, ErrorResponse, PublishedDocument as PublishedDocumentSchema } from '@newswire/contracts';
import { parseArticleQuery, RawQuery } from '../read/article-query';
import { badRequestOnInvalid } from '../read/bad-request';
import { ArticleSearch } from '../read/article-search';
import type { ArticlePage } from '../read/read-api.types';
import { DocumentRepository } from './document.repository';
import { PublishedDocument } from './published-document';

/** GET /articles/:id and GET /articles (search, filters, cursor paging: see read/read-api.types.ts). */
@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('articles')
export class DocumentsController {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly search: ArticleSearch,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'A published document by article id' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiResponse({ status: 200, description: 'The document with its entities.', standardSchema: PublishedDocumentSchema })
  @ApiResponse({ status: 400, description: 'The id is not a UUID.', standardSchema: ErrorResponse })
  @ApiResponse({ status: 404, description: 'Not published (yet).', standardSchema: ErrorResponse })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PublishedDocument> {
    const document = await this.documents.findById(id);
    if (!document) throw new NotFoundException(`no published article ${id}`);
    return document;
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every version of a published document, oldest first (a reprocess run adds one)' })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiResponse({ status: 200, description: 'The versions it replaced, then the current one.', standardSchema: DocumentHistory })
  @ApiResponse({ status: 400, description: 'The id is not a UUID.', standardSchema: ErrorResponse })
  @ApiResponse({ status: 404, description: 'Not published (yet).', standardSchema: ErrorResponse })
  async versions(@Param('id', new ParseUUIDPipe()) id: string): Promise<DocumentHistory> {
    const versions = await this.documents.history(id);
    if (!versions) throw new NotFoundException(`no published article ${id}`);
    return { id, versions };
  }

  @Get()
  @ApiOperation({ summary: 'Search and list published documents (full text, entity and metadata filters, cursor paging)' })
  @ApiQuery({ name: 'q', required: false, description: 'websearch_to_tsquery syntax', schema: { type: 'string' } })
  @ApiQuery({ name: 'entity', required: false, schema: { type: 'string', minLength: 1, maxLength: 300 } })
  @ApiQuery({ name: 'entityType', required: false, schema: { type: 'string', enum: ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'] } })
  @ApiQuery({ name: 'author', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'publisher', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'language', required: false, schema: { type: 'string' } })
  @ApiQuery({ name: 'from', required: false, schema: { type: 'string', format: 'date' } })
  @ApiQuery({ name: 'to', required: false, schema: { type: 'string', format: 'date' } })
  @ApiQuery({ name: 'sort', required: false, schema: { type: 'string', enum: ['date', 'relevance'] } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } })
  @ApiQuery({ name: 'cursor', required: false, schema: { type: 'string' } })
  @ApiResponse({ status: 200, description: 'A page of document summaries and the cursor of the next page.', standardSchema: ArticlePageSchema })
  @ApiResponse({ status: 400, description: 'An invalid filter or cursor.', standardSchema: ErrorResponse })
  async list(@Query() raw: RawQuery): Promise<ArticlePage> {
    return this.search.search(badRequestOnInvalid(() => parseArticleQuery(raw)));
  }
}
