import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { InvalidQuery, parseEntityType, parsePageSize, RawQuery } from './article-query';
import { badRequestOnInvalid } from './bad-request';
import { EntityDirectory } from './entity-directory';
import type { EntityDetail, EntityList } from './read-api.types';

/** GET /entities (most mentioned, by type, by name prefix) and GET /entities/:id. */
@Controller('entities')
export class EntitiesController {
  constructor(private readonly directory: EntityDirectory) {}

  @Get()
  async list(@Query() raw: RawQuery): Promise<EntityList> {
    const { type, prefix, limit } = badRequestOnInvalid(() => {
      if (raw.prefix !== undefined && (typeof raw.prefix !== 'string' || raw.prefix.trim() === '' || raw.prefix.length > 100))
        throw new InvalidQuery('prefix must be 1 to 100 characters');
      return { type: parseEntityType(raw, 'type'), prefix: (raw.prefix as string | undefined)?.trim(), limit: parsePageSize(raw) };
    });
    return { entities: await this.directory.list(type, prefix, limit) };
  }

  @Get(':id')
  async get(@Param('id') id: string): Promise<EntityDetail> {
    const entity = id.length <= 300 ? await this.directory.detail(id) : null;
    if (!entity) throw new NotFoundException(`no entity ${id}`);
    return entity;
  }
}
