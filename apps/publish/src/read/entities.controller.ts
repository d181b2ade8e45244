import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { EntityDetail as EntityDetailSchema, EntityList as EntityListSchema, ErrorResponse } from '@newswire/contracts';
import { InvalidQuery, parseEntityType, parsePageSize, RawQuery } from './article-query';
import { badRequestOnInvalid } from './bad-request';
import { EntityDirectory } from './entity-directory';
import type { EntityDetail, EntityList } from './read-api.types';

/** GET /entities (most mentioned, by type, by name prefix) and GET /entities/:id. */
@ApiTags('entities')
@ApiSecurity('api-key')
@Controller('entities')
export class EntitiesController {
  constructor(private readonly directory: EntityDirectory) {}

  @Get()
  @ApiOperation({ summary: 'Entities, most mentioned first; filter by type and name prefix (autocomplete)' })
  @ApiQuery({ name: 'type', required: false, schema: { type: 'string', enum: ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'] } })
  @ApiQuery({ name: 'prefix', required: false, schema: { type: 'string', minLength: 1, maxLength: 100 } })
  @ApiQuery({ name: 'limit', required: false, schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 } })
  @ApiResponse({ status: 200, description: 'The entities with their article counts.', standardSchema: EntityListSchema })
  @ApiResponse({ status: 400, description: 'An invalid filter.', standardSchema: ErrorResponse })
  async list(@Query() raw: RawQuery): Promise<EntityList> {
    const { type, prefix, limit } = badRequestOnInvalid(() => {
      if (raw.prefix !== undefined && (typeof raw.prefix !== 'string' || raw.prefix.trim() === '' || raw.prefix.length > 100))
        throw new InvalidQuery('prefix must be 1 to 100 characters');
      return { type: parseEntityType(raw, 'type'), prefix: (raw.prefix as string | undefined)?.trim(), limit: parsePageSize(raw) };
    });
    return { entities: await this.directory.list(type, prefix, limit) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'An entity: aliases, article count, co-occurring entities, articles per month and its latest articles' })
  @ApiResponse({ status: 200, description: 'The entity.', standardSchema: EntityDetailSchema })
  @ApiResponse({ status: 404, description: 'No such entity.', standardSchema: ErrorResponse })
  async get(@Param('id') id: string): Promise<EntityDetail> {
    const entity = id.length <= 300 ? await this.directory.detail(id) : null;
    if (!entity) throw new NotFoundException(`no entity ${id}`);
    return entity;
  }
}
