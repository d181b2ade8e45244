import { Controller, Get, Param, Query, Redirect, Req, Res } from '@nestjs/common';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';
import { WEB_SESSION_COOKIE } from '@newswire/stage-runtime';
import { DocumentRepository } from '../documents/document.repository';
import { InvalidQuery, parseArticleQuery, parseEntityType, RawQuery } from '../read/article-query';
import { ArticleSearch } from '../read/article-search';
import { EntityDirectory } from '../read/entity-directory';
import { articlePage } from './pages/article.page';
import { entitiesPage } from './pages/entities.page';
import { entityPage } from './pages/entity.page';
import { frontPage } from './pages/front.page';
import { notFoundPage } from './pages/not-found.page';
import { SEARCH_FIELDS, SearchForm, searchPage } from './pages/search.page';
import { sendPage } from './respond';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FRONT_PAGE_SIZE = 30;
const ENTITY_PAGE_SIZE = 100;

/** The read-only site: server-rendered pages over the same queries as the read API. */
@Controller()
export class WebPagesController {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly search: ArticleSearch,
    private readonly entities: EntityDirectory,
  ) {}

  @Get()
  @Redirect('/web', 302)
  root(): void {}

  @Get('web')
  async front(@Req() request: Request, @Res() response: Response): Promise<void> {
    const { articles } = await this.search.search(parseArticleQuery({ limit: String(FRONT_PAGE_SIZE) }));
    sendPage(response, frontPage(articles, signedIn(request)));
  }

  @Get('web/search')
  async searchResults(@Query() raw: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const form = searchForm(raw);
    const cursor = typeof raw.cursor === 'string' && raw.cursor !== '' ? raw.cursor : undefined;
    if (Object.keys(form).length === 0) return sendPage(response, searchPage({ form, results: null }, signedIn(request)));
    try {
      const page = await this.search.search(parseArticleQuery({ ...form, ...(cursor ? { cursor } : {}) }));
      const nextPage = page.nextCursor ? new URLSearchParams({ ...form, cursor: page.nextCursor }).toString() : null;
      sendPage(response, searchPage({ form, results: page.articles, nextPage }, signedIn(request)));
    } catch (error) {
      if (!(error instanceof InvalidQuery)) throw error;
      sendPage(response, searchPage({ form, results: null, error: error.message }, signedIn(request)), 400);
    }
  }

  @Get('web/articles/:id')
  async article(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const document = UUID.test(id) ? await this.documents.findById(id) : null;
    if (!document) return sendPage(response, notFoundPage('No such article', signedIn(request)), 404);
    sendPage(response, articlePage(document, signedIn(request)));
  }

  @Get('web/entities')
  async entityIndex(@Query() raw: RawQuery, @Req() request: Request, @Res() response: Response): Promise<void> {
    const prefix = typeof raw.prefix === 'string' && raw.prefix.trim() !== '' ? raw.prefix.trim().slice(0, 100) : undefined;
    const typeText = typeof raw.type === 'string' && raw.type !== '' ? raw.type : undefined;
    try {
      const type = parseEntityType({ type: typeText }, 'type');
      const entities = await this.entities.list(type, prefix, ENTITY_PAGE_SIZE);
      sendPage(response, entitiesPage({ type, prefix, entities }, signedIn(request)));
    } catch (error) {
      if (!(error instanceof InvalidQuery)) throw error;
      sendPage(response, entitiesPage({ prefix, entities: [], error: error.message }, signedIn(request)), 400);
    }
  }

  @Get('web/entities/:id')
  async entity(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const entity = id.length <= 300 ? await this.entities.detail(id) : null;
    if (!entity) return sendPage(response, notFoundPage('No such entity', signedIn(request)), 404);
    sendPage(response, entityPage(entity, signedIn(request)));
  }
}

/** The filled-in search fields (a browser sends the empty ones too; the query parser takes only values). */
function searchForm(raw: RawQuery): SearchForm {
  const form: SearchForm = {};
  for (const name of SEARCH_FIELDS) {
    const value = raw[name];
    if (typeof value === 'string' && value.trim() !== '') form[name] = value.trim();
  }
  return form;
}

/** Whether the page offers "Sign out": the browser holds a session cookie (it was checked before the request got here). */
function signedIn(request: Request): boolean {
  return request.headers.cookie !== undefined && parseCookie(request.headers.cookie)[WEB_SESSION_COOKIE] !== undefined;
}
