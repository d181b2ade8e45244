import * as fs from 'fs';
import * as path from 'path';
import { extractEntities, findMentions } from './extract';
import { CanonicalEntity } from './entity.types';

// ../shared sits beside the repository root.
const SAMPLE = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'samples', 'korea-herald-nk-talks.gold.json');

interface Gold {
  parse: { title: string; bodyParagraphs: string[] };
  entities: { must: Array<{ type: string; name: string; aliases?: string[] }>; mustNot: string[] };
}

function checkOffsets(text: string, ents: CanonicalEntity[]): void {
  for (const e of ents) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('extractEntities on the Korea Herald sample', () => {
  const gold = JSON.parse(fs.readFileSync(SAMPLE, 'utf8')) as Gold;
  const text = gold.parse.bodyParagraphs.join('\n\n');
  const ents = extractEntities(text, { title: gold.parse.title });

  it('has exact offsets', () => checkOffsets(text, ents));

  it.each(gold.entities.must.map((m) => [m.name, m] as const))('finds %s with the right type', (_n, must) => {
    const names = [must.name, ...(must.aliases ?? [])];
    const hits = ents.filter((e) => e.type === must.type && (names.includes(e.name) || e.mentions.some((m) => names.includes(m.text))));
    // All listed aliases that occur are grouped into that one entity.
    expect(hits).toHaveLength(1);
  });

  it('returns none of the mustNot strings', () => {
    for (const bad of gold.entities.mustNot) {
      expect(ents.filter((e) => e.name === bad || e.mentions.some((m) => m.text === bad))).toEqual([]);
    }
  });

  it('groups Kim with Kim Sung-hwan, marks the title entity and sorts by salience', () => {
    const kim = ents.find((e) => e.name === 'Kim Sung-hwan');
    expect(kim?.mentions.map((m) => m.text)).toContain('Kim');
    expect(ents.find((e) => e.name === 'North Korea')?.inTitle).toBe(true);
    for (let k = 1; k < ents.length; k++) expect(ents[k - 1].salience).toBeGreaterThanOrEqual(ents[k].salience);
  });

  it('makes Pyongyang one LOCATION entity, each mention keeping the type it was read with', () => {
    const pyongyang = ents.filter((e) => e.name === 'Pyongyang' || e.mentions.some((m) => m.text === 'Pyongyang'));
    expect(pyongyang).toHaveLength(1);
    expect(pyongyang[0].type).toBe('LOCATION');
    expect(pyongyang[0].mentions.map((m) => m.start)).toEqual([...text.matchAll(/Pyongyang/g)].map((m) => m.index));
    // Each mention keeps the type the tagger read at its span (a government reading of "Pyongyang
    // said" stays ORGANIZATION on its mention), whatever the entity's type became.
    const read = new Map(findMentions(text).map((m) => [m.start, m.type]));
    for (const m of pyongyang[0].mentions) expect(m.type).toBe(read.get(m.start));
  });

  it('keeps one entity per name and type (no duplicate ids)', () => {
    expect(new Set(ents.map((e) => e.id)).size).toBe(ents.length);
  });

  it('links the nationality words North Korean and Russian to their countries', () => {
    const byName = (n: string) => ents.find((e) => e.name === n);
    expect(byName('North Korean')).toMatchObject({ type: 'MISC', derivedFrom: byName('North Korea')?.id });
    expect(byName('Russian')).toMatchObject({ type: 'MISC', derivedFrom: byName('Russia')?.id });
    expect(byName('North Korea')?.id).toEqual(expect.any(String));
  });
});

describe('extractEntities on names written as one word with punctuation (whole words, as CoNLL tokens keep them)', () => {
  const text = [
    'SEATTLE (Reuters) - Amazon.com Inc said on Monday it would hire 100,000 workers as U.S.-China trade talks stalled.',
    'Amazon said the jobs would pay $15 an hour. The Seattle, Wash.-based retailer competes with JD.com and OPEC+ oil is cheaper.',
    'The benchmark S&P 500 index rose 1.2%, and the S&P 500 has gained 15% this year.',
    'The Nasdaq Composite .IXIC added 1.5%. Reliance Industries (RELI.NS) and Volkswagen VOWG_p.DE fell.',
  ].join('\n');
  const ents = extractEntities(text);
  const mentionsOf = (type: string) => ents.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => m.text));

  it('has exact offsets', () => checkOffsets(text, ents));

  it('reads a company named by its web address as one organisation, one entity with its bare name', () => {
    const amazon = ents.filter((e) => e.mentions.some((m) => m.text.startsWith('Amazon')));
    expect(amazon).toHaveLength(1);
    expect(amazon[0]).toMatchObject({ type: 'ORGANIZATION', name: 'Amazon' });
    expect(amazon[0].mentions.map((m) => m.text)).toEqual(['Amazon.com Inc', 'Amazon']);
    expect(mentionsOf('ORGANIZATION')).toEqual(expect.arrayContaining(['JD.com', 'OPEC+']));
  });

  it('reads hyphenated words that hold names, and a market index with its number, whole as MISC', () => {
    expect(mentionsOf('MISC')).toEqual(expect.arrayContaining(['U.S.-China', 'Wash.-based', 'S&P 500', 'Nasdaq Composite']));
    expect(mentionsOf('LOCATION')).not.toContain('U.S.');
  });

  it('finds no name inside an instrument code, and the company before one', () => {
    const all = ents.flatMap((e) => e.mentions.map((m) => m.text));
    expect(all.filter((m) => /IXIC|RELI|VOWG/.test(m))).toEqual([]);
    expect(mentionsOf('ORGANIZATION')).toEqual(expect.arrayContaining(['Reliance Industries', 'Volkswagen']));
  });
});

describe('extractEntities on companies named by common words', () => {
  it('reads a company both organisation lists name as an organisation where 1996 never labelled it', () => {
    const text = 'U.S. President Donald Trump said on Twitter that the vote was rigged, and Twitter labelled the post as disputed.';
    const twitter = extractEntities(text).filter((e) => e.name === 'Twitter');
    expect(twitter).toHaveLength(1);
    expect(twitter[0]).toMatchObject({ type: 'ORGANIZATION' });
    expect(twitter[0].mentions).toHaveLength(2);
  });
});

describe('extractEntities on business news of 2020', () => {
  const text = [
    'Tesla CEO Elon Musk said on Tuesday the company would build a plant in Texas. Twitter CEO Jack Dorsey agreed.',
    'The vaccine was developed by Pfizer Inc and German partner BioNTech SE, Health and Human Services Secretary Alex Azar said.',
    'Instacart and DoorDash also benefited from the shift.',
  ].join(' ');
  const ents = extractEntities(text);
  const typeOf = (name: string) => ents.find((e) => e.mentions.some((m) => m.text === name))?.type;

  it('has exact offsets', () => checkOffsets(text, ents));

  it('reads the person after a job and the company before it', () => {
    expect(['Elon Musk', 'Jack Dorsey', 'Alex Azar'].map(typeOf)).toEqual(['PERSON', 'PERSON', 'PERSON']);
    expect(['Tesla', 'Twitter'].map(typeOf)).toEqual(['ORGANIZATION', 'ORGANIZATION']);
  });

  it('reads two organisations where a comma parts them, and a new company beside a known one', () => {
    expect(['BioNTech SE', 'Health and Human Services', 'Instacart', 'DoorDash'].map(typeOf)).toEqual(Array(4).fill('ORGANIZATION'));
  });
});

describe('extractEntities on foreign names in English text', () => {
  const text =
    'She studied at the Universidad de Buenos Aires and taught at the Università IUAV di Venezia. ' +
    'The museum stands near the Praça da Bandeira, and the team plays at the Estádio do Dragão.';
  const ents = extractEntities(text);
  const typeOf = (name: string) => ents.find((e) => e.mentions.some((m) => m.text === name))?.type;

  it('has exact offsets', () => checkOffsets(text, ents));

  it('reads a name across its particles, typed by its foreign head noun', () => {
    expect(['Universidad de Buenos Aires', 'Università IUAV di Venezia'].map(typeOf)).toEqual(['ORGANIZATION', 'ORGANIZATION']);
    expect(['Praça da Bandeira', 'Estádio do Dragão'].map(typeOf)).toEqual(['LOCATION', 'LOCATION']);
  });
});

describe('extractEntities on disease names', () => {
  it('names a disease the same way in every sentence of a story, as CoNLL names AIDS or BSE (MISC), as one entity', () => {
    const text =
      'Britain reported 20,000 new Covid cases on Friday. Prime Minister Boris Johnson tested positive for Covid-19 in April, ' +
      'and the government said its COVID-19 vaccine programme would start next week.';
    const diseases = extractEntities(text).filter((e) => /covid/i.test(e.name));
    expect(diseases.flatMap((e) => e.mentions.map((m) => [m.text, m.type]))).toEqual(
      expect.arrayContaining([
        ['Covid', 'MISC'],
        ['Covid-19', 'MISC'],
        ['COVID-19', 'MISC'],
      ]),
    );
    // One entity however the story writes it (one entity per thing).
    expect(diseases).toHaveLength(1);
    expect(diseases[0]).toMatchObject({ name: 'COVID-19', type: 'MISC' });
  });
});

describe('extractEntities on bad input', () => {
  it('returns [] for empty text and text without entities', () => {
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities('   \n ')).toEqual([]);
    expect(extractEntities('nothing at all happened here.')).toEqual([]);
  });

  it('copes with one word', () => {
    const r = extractEntities('Seoul');
    checkOffsets('Seoul', r);
    expect(r.length).toBeLessThanOrEqual(1);
  });

  it('copes with Korean, Cyrillic and mixed scripts', () => {
    const s = '북한 외무성 Москва заявила, что Sergey Lavrov встретится с Kim Kye-gwan в 서울.';
    const r = extractEntities(s);
    checkOffsets(s, r);
    expect(r.some((e) => e.type === 'PERSON' && e.name === 'Kim Kye-gwan')).toBe(true);
  });

  it('copes with all-caps headlines', () => {
    const s = 'NORTH KOREA SAYS TALKS WITH U.S. WILL CONTINUE\nSOCCER - MANCHESTER UNITED BEAT LIVERPOOL 2-1';
    const r = extractEntities(s);
    checkOffsets(s, r);
    expect(r.find((e) => e.name === 'United States')?.type).toBe('LOCATION');
  });

  it('handles 1 MB of text', () => {
    const para = 'South Korean Foreign Minister Kim Sung-hwan met Sergey Lavrov in Moscow on Monday. ';
    const s = para.repeat(Math.ceil(1_000_000 / para.length));
    const r = extractEntities(s);
    expect(r.find((e) => e.name === 'Sergey Lavrov')?.mentions.length).toBe(Math.ceil(1_000_000 / para.length));
  });

  it('handles 1 MB of number soup (rules stay linear)', () => {
    const s = '1,' + '111,'.repeat(250_000) + '5 percent';
    const r = extractEntities(s);
    expect(r.every((e) => s.slice(e.mentions[0].start, e.mentions[0].end) === e.mentions[0].text)).toBe(true);
  });

  // How the cost grows with many names is measured by `npm run bench:ner`, not asserted here as a timing.
  it('groups thousands of distinct names without merging or losing any', () => {
    const words: string[] = [];
    for (let k = 0; k < 20_000; k++) words.push(`Mr. Name${k.toString(36)} Surname${(k * 7919).toString(36)} said.`);
    const s = words.join(' ');
    const mentions = findMentions(s);
    const r = extractEntities(s);
    expect(mentions.length).toBeGreaterThan(1000);
    // Every surname is different, so every person is their own entity with their one mention.
    expect(r.map((e) => e.mentions.length)).toEqual(mentions.map(() => 1));
    expect(new Set(r.map((e) => e.id)).size).toBe(mentions.length);
    expect(r.every((e) => e.type === 'PERSON')).toBe(true);
  });

  it('handles 1 MB without spaces or punctuation', () => {
    const s = 'a'.repeat(1_000_000);
    expect(extractEntities(s)).toEqual([]);
  });
});
