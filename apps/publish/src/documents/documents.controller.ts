import { BadRequestException, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { DocumentRepository } from './document.repository';
import { DocumentSummary, PublishedDocument } from './published-document';

/** GET /articles/:id and GET /articles?entity=…: the published documents. */
@Controller('articles')
export class DocumentsController {
  constructor(private readonly documents: DocumentRepository) {}

  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<PublishedDocument> {
    const document = await this.documents.findById(id);
    if (!document) throw new NotFoundException(`no published article ${id}`);
    return document;
  }

  @Get()
  async list(@Query('entity') entity?: string, @Query('limit') limit = '20', @Query('offset') offset = '0'): Promise<{ articles: DocumentSummary[] }> {
    const take = Number(limit);
    const skip = Number(offset);
    if (!Number.isInteger(take) || take < 1 || take > 200) throw new BadRequestException('limit must be an integer from 1 to 200');
    if (!Number.isInteger(skip) || skip < 0) throw new BadRequestException('offset must be a non-negative integer');
    if (entity !== undefined && (entity.trim() === '' || entity.length > 300)) throw new BadRequestException('entity must be 1 to 300 characters');
    const articles = entity ? await this.documents.findByEntity(entity.trim(), take, skip) : await this.documents.list(take, skip);
    return { articles };
  }
}
