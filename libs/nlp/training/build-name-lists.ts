// Typed name lists from two npm packages that are not dependencies of the project: `compromise`'s
// lexicon (MIT) — organisations and sports teams, people, places, demonyms (with plurals), first
// and last names — and `@cspell/dict-people-names` (MIT), parts of people's names. Installed by this
// script only, into a temporary folder (`npm install --no-save --prefix <tmp>`), at pinned versions.
// Writes libs/nlp/training/tables/name-lists.tsv.gz (`category<TAB>phrase` per line, sorted, lower case);
// training reads that table (build-gazetteer.ts). The same package versions give the same bytes.
// Usage: npx tsx libs/nlp/training/build-name-lists.ts [--out file]
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { gzipSync } from 'zlib';

export const NAME_LISTS_PATH = path.resolve(__dirname, 'tables', 'name-lists.tsv.gz');
const PACKAGES = ['compromise@14.17.0', '@cspell/dict-people-names@1.1.16'];

/** Gazetteer category of each compromise lexicon tag kept (a word with several tags is listed under each). */
const COMPROMISE_TAGS: Record<string, string> = {
  Organization: 'known-org',
  SportsTeam: 'known-org',
  Person: 'known-person',
  Country: 'known-place',
  City: 'known-place',
  Region: 'known-place',
  Demonym: 'demonym',
  FirstName: 'first-name',
  MaleName: 'first-name',
  FemaleName: 'first-name',
  LastName: 'person-name',
};

function installed(): string {
  const dir = process.env.NAME_LISTS_DIR ?? path.join(os.tmpdir(), 'newswire-name-lists');
  if (!fs.existsSync(path.join(dir, 'node_modules', 'compromise')) || !fs.existsSync(path.join(dir, 'node_modules', '@cspell', 'dict-people-names'))) {
    fs.mkdirSync(dir, { recursive: true });
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, ...PACKAGES], { stdio: 'inherit' });
  }
  return path.join(dir, 'node_modules');
}

export function buildNameLists(): string[] {
  const modules = installed();
  const lines = new Set<string>();
  type Compromise = { model(): { one: { lexicon: Record<string, string | string[]> } } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(path.join(modules, 'compromise')) as Compromise & { default?: Compromise };
  const nlp = mod.default ?? mod;
  for (const [word, tagged] of Object.entries(nlp.model().one.lexicon)) {
    const tags = Array.isArray(tagged) ? tagged : [tagged];
    // Abbreviations tagged as organisations ("inc", "dept") are organisation words, not names.
    if (tags.includes('Abbreviation')) continue;
    for (const t of tags) if (COMPROMISE_TAGS[t]) lines.add(`${COMPROMISE_TAGS[t]}\t${word}`);
  }
  const names = fs.readFileSync(path.join(modules, '@cspell', 'dict-people-names', 'dict', 'people-names.txt'), 'utf8');
  for (const l of names.split('\n')) {
    const w = l.trim();
    // Contractions in the list ("I'm", "we'll") are no parts of names; the tokenizer splits them anyway.
    if (w && !w.startsWith('#') && !/['’](?:m|re|ve|ll|d)$/i.test(w)) lines.add(`name-part\t${w.toLowerCase()}`);
  }
  return [...lines].sort();
}

function main(): void {
  const args = process.argv.slice(2);
  const k = args.indexOf('--out');
  const out = k >= 0 ? args[k + 1] : NAME_LISTS_PATH;
  const lines = buildNameLists();
  fs.writeFileSync(out, gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
  console.log(`wrote ${out}: ${lines.length} names`);
}

if (require.main === module) main();
