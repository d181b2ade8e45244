import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { ArticleEnrichedV2 } from '@newswire/contracts';
import { createStageDataSource, migrateStageSchema } from '@newswire/persistence';
import { DocumentRepository } from '../apps/publish/src/documents/document.repository';
import { EntityCountChange, EntityCounts } from '../apps/publish/src/documents/entity-counts';
import { ArticleQuery } from '../apps/publish/src/read/article-query';
import { ARTICLES_AFTER, ARTICLES_BY_ID } from '../apps/publish/src/read/article-feed';
import { ArticleSearch } from '../apps/publish/src/read/article-search';
import { articleSearchStatement, Statement } from '../apps/publish/src/read/article-search.sql';
import { EntityDirectory } from '../apps/publish/src/read/entity-directory';
import { ARTICLES_BY_MONTH, CO_OCCURRING, ENTITY_BY_ID, entityListStatement, resolveEntityStatement } from '../apps/publish/src/read/entity-directory.sql';
import type { ArticleHit } from '../apps/publish/src/read/read-api.types';
import { SEARCH_CONFIG_BY_LANGUAGE } from '../apps/publish/src/read/search-language';
import { seededRandom } from './support/prng';
import { startTestEnvironment, TestEnvironment } from './support/test-environment';

const ARTICLES = 3000;
const ENTITY_POOL = 4000;
const TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'] as const;
const WORDS = {
  en: 'the government said on monday that talks would resume next week after months of delay while officials in the capital warned of new sanctions and markets fell sharply as investors weighed the risk of a wider conflict in the region'.split(
    ' ',
  ),
  de: 'die regierung sagte am montag dass die gespräche nächste woche nach monaten der verzögerung fortgesetzt würden während beamte in der hauptstadt vor neuen sanktionen warnten'.split(
    ' ',
  ),
  fr: 'le gouvernement a déclaré lundi que les discussions reprendraient la semaine prochaine après des mois de retard tandis que des responsables de la capitale ont mis en garde contre de nouvelles sanctions'.split(
    ' ',
  ),
};
const BIG_TABLES = ['documents', 'document_entities', 'entities'];

interface Generated {
  id: string;
  seq?: number;
  language: string | null;
  authors: string[];
  publisher: string;
  date: string;
  entityIds: string[];
}

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const entityName = (k: number) => `Figure${k} ${['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'][k % 5]}`;
const entityId = (k: number) => `${TYPES[k % 4]}:${entityName(k)}`;

/** A reproducible synthetic archive: languages, authors, publishers, dates and entities spread as in a real one (a few entities in many articles). */
function syntheticArticle(n: number, random: () => number, planted?: { title: string; sentence: string; language: string }): [Generated, ArticleEnrichedV2] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const language = planted?.language ?? ([null, 'en', 'en', 'en', 'en', 'en', 'en', 'en', 'de', 'fr'] as const)[n % 10];
  const words = WORDS[(language ?? 'en') as keyof typeof WORDS];
  const sentence = (length: number) => Array.from({ length }, () => pick(words)).join(' ');
  const entityKeys = [...new Set(Array.from({ length: 3 + Math.floor(random() * 6) }, () => Math.floor(ENTITY_POOL * random() ** 2.5)))];
  const paragraphs: string[] = [];
  const mentions = new Map<number, Array<[number, number]>>();
  let offset = 0;
  for (let p = 0; p < 3; p++) {
    // Topic words: a long tail, as in real text, so most words are in few articles.
    let text = `${sentence(25)} topic${Math.floor(2000 * random() ** 1.5)}`;
    for (const k of entityKeys.filter((_, i) => i % 3 === p)) {
      const start = offset + text.length + 1;
      text += ` ${entityName(k)} ${sentence(8)}`;
      mentions.set(k, [...(mentions.get(k) ?? []), [start, start + entityName(k).length]]);
    }
    if (planted && p === 1) text += ` ${planted.sentence}`;
    paragraphs.push(text);
    offset += text.length + 2;
  }
  const authors = [`Reporter ${Math.floor(300 * random() ** 2)}`];
  const publisher = `Publisher ${Math.floor(40 * random())}`;
  const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);
  const entities = [...mentions].map(([k, spans]) => ({
    id: entityId(k),
    type: TYPES[k % 4],
    name: entityName(k),
    salience: 0.5,
    inTitle: false,
    mentions: spans,
  }));
  const article = {
    url: `https://example.com/${n}`,
    canonicalUrl: null,
    title: planted?.title ?? sentence(6),
    subtitle: sentence(10),
    authors,
    publisher,
    publishedAt: day,
    language,
    paragraphs,
    wordCount: paragraphs.join(' ').split(' ').length,
  };
  return [
    { id: uuid(n), language, authors, publisher, date: day, entityIds: entities.map((e) => e.id) },
    { article, entities },
  ];
}

describe('read model: search, filters, paging and entity index on a few thousand articles', () => {
  let env: TestEnvironment;
  let dataSource: DataSource;
  let search: ArticleSearch;
  let directory: EntityDirectory;
  const archive: Generated[] = [];
  let nextArticle = 0;
  const random = seededRandom(16);

  async function insert(count: number, planted?: Parameters<typeof syntheticArticle>[2]): Promise<Generated[]> {
    const repository = new DocumentRepository(dataSource);
    const added: Generated[] = [];
    const counted: EntityCountChange[] = [];
    const runner = dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      for (let i = 0; i < count; i++) {
        const [generated, enriched] = syntheticArticle(nextArticle++, random, planted);
        const changes = await repository.storeIfNewer(runner, generated.id, enriched, 0);
        expect(changes).not.toBeNull();
        counted.push(...changes!);
        added.push(generated);
      }
      // As a batch of the publish stage writes them: the directory's counts once, before the commit.
      await new EntityCounts().flush(runner, counted);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    archive.push(...added);
    return added;
  }

  beforeAll(async () => {
    env = await startTestEnvironment();
    dataSource = createStageDataSource({ stage: 'publish', databaseUrl: env.databaseUrl, poolSize: 4 });
    await dataSource.initialize();
    await migrateStageSchema(dataSource, 'publish');
    search = new ArticleSearch(dataSource);
    directory = new EntityDirectory(dataSource, search);
    for (let done = 0; done < ARTICLES; done += 500) await insert(500);
    await insert(1, { title: 'Talks stall over the nuclear programme', sentence: 'Inspectors found enriched uranium stockpiles at the site.', language: 'en' });
    await insert(1, { title: 'Gespräche in Peking', sentence: 'Die Verhandlungen über Urananreicherung stocken.', language: 'de' });
    // As autovacuum leaves them: statistics current, dead row versions of the entity counts gone.
    await dataSource.query('VACUUM ANALYZE publish.documents, publish.document_entities, publish.entities');
  }, 600_000);

  afterAll(async () => {
    await dataSource?.destroy();
    await env?.teardown();
  });

  const query = (overrides: Partial<ArticleQuery>): ArticleQuery => ({ sort: 'date', limit: 20, ...overrides });

  /** Every page of a query, following nextCursor; `between` runs after each page (e.g. to publish more articles). */
  async function allPages(q: ArticleQuery, between: () => Promise<unknown> = async () => undefined): Promise<ArticleHit[]> {
    const hits: ArticleHit[] = [];
    for (let cursor: string | null | undefined; ;) {
      const page = await search.search(cursor ? { ...q, cursor: (await import('../apps/publish/src/read/page-cursor')).decodeCursor(cursor) } : q);
      hits.push(...page.articles);
      if (!page.nextCursor) return hits;
      cursor = page.nextCursor;
      await between();
    }
  }

  /** The scans of a statement's plan on the read model's big tables that read the whole table. */
  async function fullScans(statement: Statement | string, values: unknown[] = []): Promise<string[]> {
    const { text, values: params } = typeof statement === 'string' ? { text: statement, values } : statement;
    const [{ 'QUERY PLAN': plan }] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${text}`, params);
    const found: string[] = [];
    const walk = (node: Record<string, unknown>) => {
      if (node['Node Type'] === 'Seq Scan' && BIG_TABLES.includes(String(node['Relation Name']))) found.push(`Seq Scan on ${String(node['Relation Name'])}`);
      for (const child of (node.Plans as Array<Record<string, unknown>>) ?? []) walk(child);
    };
    walk(plan[0].Plan);
    return found;
  }

  it('maps languages to the same text-search configurations in the database as in the query code', async () => {
    for (const [code, config] of [...Object.entries(SEARCH_CONFIG_BY_LANGUAGE), ['xx', 'simple'], ['EN-GB', 'english']]) {
      const [row] = await dataSource.query(`SELECT publish.search_config($1)::text AS config`, [code]);
      expect({ code, config: row.config }).toEqual({ code, config });
    }
    const [row] = await dataSource.query(`SELECT publish.search_config(NULL)::text AS config`);
    expect(row.config).toBe('simple');
  });

  it('plans every query shape with indexes, never a full scan of the big tables', async () => {
    const [{ max }] = await dataSource.query(`SELECT max(seq)::int AS max FROM publish.documents`);
    const top = await directory.list(undefined, undefined, 1);
    const middling = await directory.list('LOCATION', undefined, 60);
    const entityIds = {
      top: [top[0].id],
      middling: [middling[middling.length - 1].id],
    };
    const sample = archive[1234];
    const firstDatePage = await search.search(query({ limit: 20 }));
    const { decodeCursor } = await import('../apps/publish/src/read/page-cursor');
    const shapes: Record<string, Statement> = {
      'newest first': articleSearchStatement(query({}), null, max),
      'newest first, next page': articleSearchStatement(query({ cursor: decodeCursor(firstDatePage.nextCursor!) }), null, max),
      'search by relevance': articleSearchStatement(query({ q: 'uranium enrichment', sort: 'relevance' }), null, max),
      'search by relevance, next page': articleSearchStatement(
        query({ q: 'topic7 or topic9', sort: 'relevance', cursor: { sort: 'relevance', key: 0.05, seq: 1000, maxSeq: max } }),
        null,
        max,
      ),
      'search by date': articleSearchStatement(query({ q: 'Verhandlung', sort: 'date' }), null, max),
      'most mentioned entity': articleSearchStatement(query({ entity: 'x' }), entityIds.top, max),
      'a less mentioned entity': articleSearchStatement(query({ entity: 'x' }), entityIds.middling, max),
      'entity type': articleSearchStatement(query({ entityType: 'MISC' }), null, max),
      author: articleSearchStatement(query({ author: sample.authors[0] }), null, max),
      publisher: articleSearchStatement(query({ publisher: sample.publisher }), null, max),
      language: articleSearchStatement(query({ language: 'de' }), null, max),
      'date range': articleSearchStatement(query({ from: new Date('2021-03-01'), to: new Date('2021-04-01') }), null, max),
      'everything at once': articleSearchStatement(
        query({ q: 'topic3', entity: 'x', author: sample.authors[0], language: 'en', from: new Date('2019-01-01'), to: new Date('2027-01-01') }),
        entityIds.top,
        max,
      ),
      'resolve an entity': resolveEntityStatement('north korea'),
      'entities, most mentioned': entityListStatement(undefined, undefined, 20),
      'entities of a type': entityListStatement('PERSON', undefined, 20),
      'entities by name prefix': entityListStatement(undefined, 'figure12', 10),
      'an entity': { text: ENTITY_BY_ID, values: [entityIds.top[0]] },
      'co-occurring entities': { text: CO_OCCURRING, values: [entityIds.top[0], 10] },
      'articles by month': { text: ARTICLES_BY_MONTH, values: [entityIds.top[0]] },
      'stream: published articles by id': { text: ARTICLES_BY_ID, values: [[sample.id]] },
      'stream: replay after an id': { text: ARTICLES_AFTER, values: [max - 50, 200] },
      'newest seq': { text: 'SELECT max(seq) AS seq FROM publish.documents', values: [] },
    };
    const scans: Record<string, string[]> = {};
    for (const [shape, statement] of Object.entries(shapes)) scans[shape] = await fullScans(statement);
    expect(scans).toEqual(Object.fromEntries(Object.keys(shapes).map((shape) => [shape, []])));
  });

  it('finds articles by full-text search in their own language, ranked, with marked snippets', async () => {
    const english = await search.search(query({ q: 'uranium enrichment', sort: 'relevance' }));
    expect(english.articles.map((a) => a.title)).toEqual(['Talks stall over the nuclear programme']); // "enrichment" stems to "enriched"
    const snippet = english.articles[0].snippet!;
    expect(snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['enriched', 'uranium']));
    expect(snippet.map((p) => p.text).join('')).toContain('stockpiles');
    // German stemming for the German article; the simple configuration would need the exact form.
    expect((await search.search(query({ q: 'Verhandlung', sort: 'relevance' }))).articles.map((a) => a.title)).toEqual(['Gespräche in Peking']);
    // websearch syntax: a quoted phrase, and exclusion.
    expect((await search.search(query({ q: '"enriched uranium"' }))).articles).toHaveLength(1);
    expect((await search.search(query({ q: 'uranium -stockpiles' }))).articles).toHaveLength(0);
    // Ranked: the title outweighs the body.
    const ranked = await search.search(query({ q: 'sanctions', sort: 'relevance', limit: 200 }));
    const ranks = ranked.articles.map((a) => a.rank!);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('filters by entity, type, author, publisher, language and date exactly as the archive says', async () => {
    const ids = (hits: ArticleHit[]) => hits.map((h) => h.id).sort();
    const expected = (keep: (g: Generated) => boolean) =>
      archive
        .filter(keep)
        .map((g) => g.id)
        .sort();
    const sample = archive[777];
    const entity = sample.entityIds[0];
    expect(ids(await allPages(query({ entity, limit: 200 })))).toEqual(expected((g) => g.entityIds.includes(entity)));
    expect(ids(await allPages(query({ entity: entity.split(':')[1].toUpperCase(), limit: 200 })))).toEqual(expected((g) => g.entityIds.includes(entity)));
    expect(ids(await allPages(query({ entity: entity.split(':')[1], entityType: 'PERSON', limit: 200 })))).toEqual(
      entity.startsWith('PERSON:') ? expected((g) => g.entityIds.includes(entity)) : [],
    );
    expect(ids(await allPages(query({ author: sample.authors[0].toUpperCase(), limit: 200 })))).toEqual(expected((g) => g.authors.includes(sample.authors[0])));
    expect(ids(await allPages(query({ publisher: sample.publisher, language: 'fr', limit: 200 })))).toEqual(
      expected((g) => g.publisher === sample.publisher && g.language === 'fr'),
    );
    const from = new Date('2022-02-01T00:00:00Z');
    const to = new Date('2022-03-01T00:00:00Z');
    const inRange = await allPages(query({ from, to, limit: 200 }));
    expect(ids(inRange)).toEqual(expected((g) => g.date >= '2022-02-01' && g.date < '2022-03-01'));
    const dates = inRange.map((h) => h.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages without repeating or skipping while new articles arrive, in date and in rank order', async () => {
    for (const q of [query({ limit: 150 }), query({ q: 'sanctions', sort: 'relevance', limit: 40 })]) {
      const before = await allPages({ ...q, limit: 200 });
      const during = await allPages(q, () => insert(3));
      expect(during.map((h) => h.id)).toEqual(before.map((h) => h.id));
    }
  }, 120_000);

  it('counts entities, finds them by prefix, and describes one with its companions and months', async () => {
    const counts = new Map<string, number>();
    for (const g of archive) for (const id of g.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    const top = await directory.list(undefined, undefined, 5);
    const expectedTop = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5);
    expect(top.map((e) => [e.id, e.articleCount])).toEqual(expectedTop);
    const people = await directory.list('PERSON', 'figure1', 50);
    expect(people.length).toBeGreaterThan(0);
    for (const e of people) expect(e).toMatchObject({ type: 'PERSON', name: expect.stringMatching(/^Figure1/) });
    expect(await directory.list(undefined, 'figure1%', 5)).toEqual([]); // wildcards are literal

    const id = top[0].id;
    const detail = (await directory.detail(id))!;
    expect(detail).toMatchObject({ id, articleCount: counts.get(id), aliases: [id.split(':')[1]] });
    const together = new Map<string, number>();
    // Over its latest 1,000 articles (by date, then publication order: the archive is in publication order).
    const latest = archive
      .map((g, order) => ({ g, order }))
      .filter(({ g }) => g.entityIds.includes(id))
      .sort((a, b) => (a.g.date === b.g.date ? b.order - a.order : a.g.date < b.g.date ? 1 : -1))
      .slice(0, 1000)
      .map(({ g }) => g);
    for (const g of latest) for (const other of g.entityIds) if (other !== id) together.set(other, (together.get(other) ?? 0) + 1);
    expect(detail.coOccurring[0]).toMatchObject({ together: Math.max(...together.values()) });
    expect(detail.coOccurring.map((e) => e.together)).toEqual(detail.coOccurring.map((e) => e.together).sort((a, b) => b - a));
    expect(detail.articlesByMonth.reduce((sum, m) => sum + m.count, 0)).toBe(counts.get(id));
    expect(detail.articles).toHaveLength(20);
    expect(await directory.detail('PERSON:nobody')).toBeNull();
  });

  it('replaces a document with a later revision in place: same seq, the old version in the history, entity index and counts follow', async () => {
    const repository = new DocumentRepository(dataSource);
    /** Stores each run in one transaction, as one batch of the publish stage: the directory's counts written once, before the commit. */
    const storeBatch = async (runs: Array<[articleId: string, enriched: ArticleEnrichedV2, revision: number]>) => {
      const runner = dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
        const stored: boolean[] = [];
        const counted: EntityCountChange[] = [];
        for (const [articleId, enriched, revision] of runs) {
          const changes = await repository.storeIfNewer(runner, articleId, enriched, revision);
          stored.push(changes !== null);
          counted.push(...(changes ?? []));
        }
        await new EntityCounts().flush(runner, counted);
        await runner.commitTransaction();
        return stored;
      } finally {
        await runner.release();
      }
    };
    const store = async (articleId: string, enriched: ArticleEnrichedV2, revision: number) => (await storeBatch([[articleId, enriched, revision]]))[0];
    const countOf = async (entityId: string) =>
      ((await dataSource.query('SELECT article_count FROM publish.entities WHERE entity_id = $1', [entityId])) as Array<{ article_count: number }>)[0]
        ?.article_count ?? 0;
    const [generated, first] = syntheticArticle(nextArticle++, random, {
      title: 'Harbour strike enters its second week',
      sentence: 'Dockworkers walked out.',
      language: 'en',
    });
    const firstBody = first.article.paragraphs.join('\n\n');
    const added = 'Harbourmen Zeta Union called off the strike.';
    const [kept, ...dropped] = first.entities;
    const second: ArticleEnrichedV2 = {
      article: { ...first.article, title: 'Harbour strike ends after talks', paragraphs: [...first.article.paragraphs, added] },
      entities: [
        kept,
        {
          id: 'ORGANIZATION:Harbourmen Zeta Union',
          type: 'ORGANIZATION',
          name: 'Harbourmen Zeta Union',
          salience: 0.9,
          inTitle: false,
          mentions: [[firstBody.length + 2, firstBody.length + 23]],
        },
      ],
    };
    expect(await store(generated.id, first, 0)).toBe(true);
    const before = new Map(await Promise.all(first.entities.map(async (e) => [e.id, await countOf(e.id)] as const)));
    const [{ seq }] = await dataSource.query('SELECT seq::int AS seq FROM publish.documents WHERE article_id = $1', [generated.id]);
    const firstVersion = await repository.findById(generated.id);

    expect(await store(generated.id, second, 5000)).toBe(true);
    expect(await store(generated.id, second, 5000)).toBe(false); // the same revision again
    expect(await store(generated.id, first, 4000)).toBe(false); // an older revision arriving late
    expect(await store(generated.id, first, 0)).toBe(false); // the first run's event redelivered

    expect(await repository.findById(generated.id)).toMatchObject({ title: 'Harbour strike ends after talks', version: 2, createdAt: firstVersion!.createdAt });
    expect(await repository.history(generated.id)).toEqual([firstVersion, await repository.findById(generated.id)]);
    expect((await dataSource.query('SELECT seq::int AS seq FROM publish.documents WHERE article_id = $1', [generated.id]))[0].seq).toBe(seq);
    const indexed = await dataSource.query('SELECT entity_id FROM publish.document_entities WHERE article_id = $1 ORDER BY entity_id', [generated.id]);
    expect(indexed.map((row: { entity_id: string }) => row.entity_id)).toEqual(second.entities.map((e) => e.id).sort());
    expect(await countOf(kept.id)).toBe(before.get(kept.id));
    for (const e of dropped) expect(await countOf(e.id)).toBe(before.get(e.id)! - 1);
    expect(await countOf('ORGANIZATION:Harbourmen Zeta Union')).toBe(1);
    const hits = await search.search(query({ q: '"harbour strike ends"', sort: 'relevance' }));
    expect(hits.articles.map((a) => a.id)).toEqual([generated.id]);
    expect((await search.search(query({ entity: 'Harbourmen Zeta Union' }))).articles.map((a) => a.id)).toEqual([generated.id]);

    // The first run and a later revision in one batch: the counts the batch writes once are those of the revision alone.
    const [another, firstRun] = syntheticArticle(nextArticle++, random);
    const revised: ArticleEnrichedV2 = { ...firstRun, entities: [firstRun.entities[0], second.entities[1]] };
    const countsBefore = new Map(await Promise.all([...firstRun.entities, ...revised.entities].map(async (e) => [e.id, await countOf(e.id)] as const)));
    expect(
      await storeBatch([
        [another.id, firstRun, 0],
        [another.id, revised, 6000],
      ]),
    ).toEqual([true, true]);
    for (const e of firstRun.entities.slice(1)) if (e.id !== revised.entities[1].id) expect(await countOf(e.id)).toBe(countsBefore.get(e.id));
    for (const e of revised.entities) expect(await countOf(e.id)).toBe(countsBefore.get(e.id)! + 1);
  });
});
