import { BadRequestException, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { DocumentList, ErrorResponse, PublishedDocument as PublishedDocumentSchema } from '@newswire/contracts';
import { DocumentRepository } from './document.repository';
import { PublishedDocument } from './published-document';

/** GET /articles/:id and GET /articles?entity=…: the published documents. */
@ApiTags('articles')
@ApiSecurity('api-key')
@Controller('articles')
export class DocumentsController {
  constructor(private readonly documents: DocumentRepository) {}

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

  @Get()
  @ApiOperation({ summary: 'Published documents, newest first; with `entity`, those mentioning it (by name, surface form or alias)' })
  @ApiQuery({ name: 'entity', required: false, schema: { type: 'string', minLength: 1, maxLength: 300 } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } })
  @ApiQuery({ name: 'offset', required: false, schema: { type: 'integer', minimum: 0, default: 0 } })
  @ApiResponse({ status: 200, description: 'A page of document summaries.', standardSchema: DocumentList })
  @ApiResponse({ status: 400, description: 'A bad limit, offset or entity.', standardSchema: ErrorResponse })
  async list(@Query('entity') entity?: string, @Query('limit') limit = '20', @Query('offset') offset = '0'): Promise<DocumentList> {
    const take = Number(limit);
    const skip = Number(offset);
    if (!Number.isInteger(take) || take < 1 || take > 200) throw new BadRequestException('limit must be an integer from 1 to 200');
    if (!Number.isInteger(skip) || skip < 0) throw new BadRequestException('offset must be a non-negative integer');
    if (entity !== undefined && (entity.trim() === '' || entity.length > 300)) throw new BadRequestException('entity must be 1 to 300 characters');
    const articles = entity ? await this.documents.findByEntity(entity.trim(), take, skip) : await this.documents.list(take, skip);
    return { articles };
  }
}
