import { readFileSync } from 'fs';
import * as path from 'path';
import { articleIdForContentHash, submissionContentHash } from '@newswire/contracts';
import { findMentions } from '@newswire/nlp';
import { waitUntil } from './support/amqp-test-client';
import { runPipelineForSuite } from './support/running-pipeline';
import type { DocumentSummary, PublishedDocument } from '../apps/publish/src/documents/published-document';

const SAMPLE_PATH = path.resolve(__dirname, '../../shared/samples/korea-herald-nk-talks.txt');
const GOLD = JSON.parse(readFileSync(path.resolve(__dirname, '../../shared/samples/korea-herald-nk-talks.gold.json'), 'utf8'));
const sample = readFileSync(SAMPLE_PATH, 'utf8');

function articleIdOf(content: string, contentType = 'text/plain'): string {
  return articleIdForContentHash(submissionContentHash(contentType, content, null, null));
}

/** A distinct article of the sample's size: the sample with a numbered sentence added. */
function variant(n: number): string {
  return sample.replace('A flurry of diplomatic efforts', `In dispatch number ${n} of the series, a flurry of diplomatic efforts`);
}

describe('pipeline end to end (four services as separate processes, real RabbitMQ and Postgres)', () => {
  const running = runPipelineForSuite();

  const count = (sql: string, params: unknown[] = []) => running.count(sql, params);

  it('publishes the sample article with its title, byline, clean body and entities', async () => {
    const articleId = articleIdOf(sample);
    await running.client.submit({ content: sample, contentType: 'text/plain', source: 'korea-herald' });
    await running.published.waitFor([articleId], 60000);

    const response = await fetch(`${running.pipeline.get('publish').url}/articles/${articleId}`);
    expect(response.status).toBe(200);
    const document = (await response.json()) as PublishedDocument;
    expect(document.title).toBe(GOLD.parse.title);
    expect(document.subtitle).toBe(GOLD.parse.subtitle);
    expect(document.authors).toEqual(GOLD.parse.authors);
    expect(document.paragraphs).toEqual(GOLD.parse.bodyParagraphs);
    for (const junk of GOLD.parse.boilerplate) expect(document.body).not.toContain(junk);

    const names = document.entities.map((e: { type: string; name: string }) => `${e.type}:${e.name}`);
    expect(names).toEqual(expect.arrayContaining(['PERSON:Kim Kye-gwan', 'PERSON:Ban Ki-moon', 'LOCATION:Beijing', 'LOCATION:Moscow']));
    for (const entity of document.entities) {
      for (const mention of entity.mentions) expect(document.body.slice(mention.start, mention.end)).toBe(mention.text);
    }

    const byEntity = await fetch(`${running.pipeline.get('publish').url}/articles?entity=${encodeURIComponent('Kim Kye-gwan')}`).then(
      (r) => r.json() as Promise<{ articles: DocumentSummary[] }>,
    );
    expect(byEntity.articles.map((a: { id: string }) => a.id)).toContain(articleId);
    for (const alias of ['N.K.', 'north korea', 'United Nations']) {
      const found = await fetch(`${running.pipeline.get('publish').url}/articles?entity=${encodeURIComponent(alias)}`).then(
        (r) => r.json() as Promise<{ articles: DocumentSummary[] }>,
      );
      expect(found.articles.map((a: { id: string }) => a.id)).toContain(articleId);
    }

    // One entity per thing: Pyongyang (read as a place and as its government) is one LOCATION, each
    // mention keeping its reading, found by id and by name; North Korean links to North Korea.
    const pyongyang = document.entities.filter((e: { name: string }) => e.name === 'Pyongyang');
    expect(pyongyang).toEqual([expect.objectContaining({ type: 'LOCATION' })]);
    // Each mention's own reading is carried through to the published document: the tagger's type at that span.
    const read = new Map(findMentions(document.body).map((m) => [m.start, m.type]));
    for (const m of pyongyang[0].mentions) expect(m.type).toBe(read.get(m.start));
    const byName = (name: string) => document.entities.find((e: { name: string }) => e.name === name);
    const northKorea = byName('North Korea');
    expect(northKorea).toMatchObject({ type: 'LOCATION' });
    expect(byName('North Korean')).toMatchObject({ type: 'MISC', derivedFrom: northKorea?.id });
    for (const query of [pyongyang[0].id, 'Pyongyang']) {
      const found = await fetch(`${running.pipeline.get('publish').url}/articles?entity=${encodeURIComponent(query)}`).then(
        (r) => r.json() as Promise<{ articles: DocumentSummary[] }>,
      );
      expect(found.articles.map((a) => a.id)).toContain(articleId);
    }
    expect(
      await count(`SELECT count(*) AS n FROM entity_extract.mentions WHERE article_id = $1 AND entity_id = $2 AND type IS NOT NULL`, [
        articleId,
        pyongyang[0].id,
      ]),
    ).toBe(pyongyang[0].mentions.length);
    expect(
      await count(`SELECT count(*) AS n FROM entity_extract.article_entities WHERE article_id = $1 AND derived_from = $2`, [articleId, northKorea?.id]),
    ).toBe(document.entities.filter((e: { derivedFrom?: string }) => e.derivedFrom === northKorea?.id).length);
  });

  it('turns the same article submitted twice into one article', async () => {
    const content = variant(-1);
    const articleId = articleIdOf(content);
    await running.client.submit({ content, contentType: 'text/plain' });
    await running.client.submit({ content, contentType: 'text/plain' }); // another message id, same article
    await running.published.waitFor([articleId], 60000);
    await waitUntil(
      async () => (await count(`SELECT submission_count AS n FROM ingest.raw_articles WHERE id = $1`, [articleId])) === 2,
      20000,
      'the second submission',
    );
    await new Promise((resolve) => setTimeout(resolve, 1000)); // room for a wrong second publication to show up
    expect(await count(`SELECT count(*) AS n FROM ingest.raw_articles WHERE id = $1`, [articleId])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM publish.documents WHERE article_id = $1`, [articleId])).toBe(1);
    expect(new Set(running.published.forArticle(articleId).map((e) => e.id)).size).toBe(1);
  });

  it('accepts POST /articles and answers 202 with the article id', async () => {
    const html = `<html><head><title>Port strike ends</title></head><body><article><h1>Port strike ends</h1>
      <p>Dock workers in Rotterdam returned to work on Monday after a three-day strike, the union said.</p>
      <p>The Dutch port handled more than 400 million tonnes of cargo last year, according to Reuters.</p></article></body></html>`;
    const response = await fetch(`${running.pipeline.get('ingest').url}/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/html', 'x-article-url': 'https://example.com/news/port-strike' },
      body: html,
    });
    expect(response.status).toBe(202);
    const { articleId } = (await response.json()) as { articleId: string };
    expect(articleId).toBe(articleIdOf(html, 'text/html'));
    await running.published.waitFor([articleId], 60000);
  });

  it('dead-letters a malformed message with its reason and keeps going', async () => {
    const badId = await running.client.submit(Buffer.from('{"content": "unterminated'));
    const wrongShapeId = await running.client.submit({ headline: 'no content field' });
    const content = variant(-2);
    await running.client.submit({ content, contentType: 'text/plain' });
    await running.published.waitFor([articleIdOf(content)], 60000);

    await waitUntil(async () => (await count(`SELECT count(*) AS n FROM ingest.failed_messages`)) >= 2, 20000, 'the failed messages');
    const failed = (await running.db.query(`SELECT message_id, reason FROM ingest.failed_messages ORDER BY id`)).rows;
    expect(failed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message_id: badId, reason: expect.stringMatching(/malformed JSON/) }),
        expect.objectContaining({
          message_id: wrongShapeId,
          reason: expect.stringMatching(/one of content, contentBase64 or body is required|Unrecognized key/),
        }),
      ]),
    );
    const deadLetters = await running.client.drainDeadLetters('ingest');
    const reasons = new Map(deadLetters.map((m) => [m.properties.messageId, String(m.properties.headers?.['x-failure-reason'])]));
    expect(reasons.get(badId)).toMatch(/malformed JSON/);
    expect(reasons.has(wrongShapeId)).toBe(true);
  });

  it('finishes in-flight work on SIGTERM, exits cleanly, and loses nothing', async () => {
    const contents = Array.from({ length: 120 }, (_, i) => variant(1000 + i));
    const ids = contents.map((c) => articleIdOf(c));
    for (const content of contents) await running.client.submit({ content, contentType: 'text/plain' });
    const stage = running.pipeline.get('entity-extract');
    await waitUntil(async () => ids.some((id) => running.published.forArticle(id).length > 0), 60000, 'the first publications');
    expect(await stage.stop()).toBe(0); // drained and exited by itself, not by the shutdown timeout
    // Everything it took was finished and acked: nothing of its queue is left unacknowledged.
    const depth = await running.client.queueDepth(running.env.topology.queue('entity-extract'));
    expect(depth.consumerCount).toBe(0);
    expect(await count('SELECT count(*) AS n FROM entity_extract.outbox')).toBe(0);
    await stage.start();
    await running.published.waitFor(ids, 120000);
    for (const id of ids) expect(new Set(running.published.forArticle(id).map((e) => e.id)).size).toBe(1);
    expect(await count('SELECT count(*) AS n FROM publish.documents WHERE article_id = ANY($1::uuid[])', [ids])).toBe(ids.length);
  }, 240000);

  it('publishes every article exactly once when a consumer is killed mid-batch and restarted', async () => {
    const second = await running.pipeline.add('entity-extract'); // two replicas share the queue
    const contents = Array.from({ length: 150 }, (_, i) => variant(i));
    const ids = contents.map((c) => articleIdOf(c));
    for (const content of contents) await running.client.submit({ content, contentType: 'text/plain' });

    await waitUntil(async () => running.published.events.length > 5, 60000, 'the first publications');
    await running.pipeline.get('entity-extract', 1).kill();
    await running.pipeline.get('parse').kill();
    await running.pipeline.get('entity-extract', 1).start();
    await running.pipeline.get('parse').start();
    await running.published.waitFor(ids, 120000);
    await second.stop();

    const placeholders = [ids];
    expect(await count(`SELECT count(*) AS n FROM publish.documents WHERE article_id = ANY($1::uuid[])`, placeholders)).toBe(ids.length);
    expect(await count(`SELECT count(*) AS n FROM parse.parsed_articles WHERE article_id = ANY($1::uuid[])`, placeholders)).toBe(ids.length);
    expect(await count(`SELECT count(DISTINCT article_id) AS n FROM entity_extract.article_entities WHERE article_id = ANY($1::uuid[])`, placeholders)).toBe(
      ids.length,
    );
    for (const id of ids) expect(new Set(running.published.forArticle(id).map((e) => e.id)).size).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM entity_extract.failed_messages`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM parse.failed_messages`)).toBe(0);
  }, 240000);
});
