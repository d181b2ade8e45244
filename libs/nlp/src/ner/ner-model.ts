import * as fs from 'fs';
import { DEFAULT_MODEL_PATH } from '../model-path';
import { GAZ_CATEGORIES, Gazetteer, listsAsOneWord } from '../gazetteer/gazetteer';
import { buildDocContext } from './features';
import { ChainScorer, CompactChain } from './linear-chain';
import { NUM_CHAIN_LABELS } from './labels';
import { ModelBundle, decodeBundle, encodeBundle } from './model-io';
import { tagTwoStage } from './tagger';
import { applyPersonTitles, dropTitlesEndingOrganisations } from './honorifics';
import { joinPolityNames, typePolityHeads } from './polity-names';
import { joinNationalityAndOrganisation, joinOrganisationNames, typeInstitutionsOf } from './organisation-names';
import { splitConjoinedNames, splitOrganisationLists } from './conjoined-names';
import { readLegalForms } from './legal-forms';
import { nameNumberedTeams } from './numbered-team-names';
import { typeUnknownWordsBesideNames, unifyListTypes } from './list-types';
import { nameEmployersBeforeJobNouns, typePeopleAfterJobNouns } from './job-nouns';
import { typePersonSurnames } from './person-surnames';
import { typeOrganisationFirstWords } from './organisation-first-words';
import { typeDefinedAcronyms } from './defined-acronyms';
import { dropPronounI } from './pronoun';
import { dropVerbBorn, typeMaidenNames } from './born';
import { dropEraMarkers } from './era-markers';
import { nameElections } from './election-names';
import { nameWebCompanies } from './web-company-names';
import { joinHyphenatedNames, typeNamePairWords } from './hyphenated-names';
import { takeInPlusSigns } from './plus-names';
import { nameMarketIndices } from './market-indices';
import { dropInstrumentCodes } from './instrument-codes';
import { nameListedCompanies, typeListedCompanyReadings } from './listed-companies';
import { nameOneWordMiscNames } from './one-word-misc-names';
import { nameUnknownSentenceOpeners } from './sentence-openers';
import { dropCommonNounAcronyms } from './common-acronyms';
import { nameQuotedWorks } from './quoted-works';
import { typeRegionsAfterPlaces } from './regions-after-places';
import { typeAreaNamesOutsideSport, typePlacesOutsideSport } from './places-outside-sport';
import { typeCamelCaseBrands } from './camel-case-brands';
import { typeAwardNames, typeCompetitionLeagues, typeEventNames, typeEventsOfPlaces, typeOperationNames } from './event-names';
import { joinNamesAfterInitials } from './person-initials';
import { joinCompassPlaces } from './compass-places';
import { nameAdministrations } from './administrations';
import { dropNobleTitles } from './noble-titles';
import { typeNamesBeforeNewsAgency, typeOrganisationAppositions } from './organisation-appositions';
import { typeSchoolNames } from './school-names';
import { joinArabicNames, joinNamesAcrossParticles, typeForeignHeads } from './foreign-names';
import { typeLandmarkNames } from './landmark-names';
import { nameKnownAcronyms } from './known-acronyms';
import { typeDefinedSubjects } from './defined-subjects';
import { typeDatelinePlaces, typeWireDatelines } from './dateline-places';
import { typeResultLineTeams } from './result-lines';
import { typeWorkTitles } from './work-titles';
import { typeShipNames } from './ship-names';
import { typeTradeCompanyNames } from './trade-company-names';
import { typeStormNames } from './storm-names';
import { WordClasses } from './word-classes';

const FIRST_NAME = GAZ_CATEGORIES.indexOf('first-name');

export { DEFAULT_MODEL_PATH };

/** The trained statistical NER: gazetteer, entity memory and one or two linear-chain passes. */
export class NerModel {
  constructor(
    readonly stage1: ChainScorer,
    readonly stage2: ChainScorer | undefined,
    readonly gazetteer: Gazetteer,
    readonly meta: Record<string, unknown> = {},
    /** entity memory: names labelled in the training data, by type */
    readonly memory?: Gazetteer,
    /** word classes learned from unlabelled text */
    readonly wordClasses?: WordClasses,
  ) {}

  /** Token labels (see labels.ts) for one document given its token spans and sentence index per token. */
  tag(text: string, starts: Int32Array, ends: Int32Array, count: number, sentenceOf: Int32Array): Uint8Array {
    if (count === 0) return new Uint8Array(0);
    const ctx = buildDocContext(text, starts, ends, count, sentenceOf, this.gazetteer, this.memory, this.wordClasses);
    const labels = tagTwoStage(this.stage1, this.stage2, ctx);
    nameUnknownSentenceOpeners(text, starts, ends, ctx, labels);
    nameListedCompanies(ctx, labels);
    typeListedCompanyReadings(ctx, labels);
    nameKnownAcronyms(text, starts, ends, ctx.info.caseClass, ctx.capsSentence, labels);
    nameWebCompanies(text, starts, ends, ctx.info.lower, labels);
    joinHyphenatedNames(starts, ends, ctx.info.lower, ctx.info.caseClass, labels);
    takeInPlusSigns(starts, ends, ctx.info.lower, ctx.info.caseClass, labels);
    typeNamePairWords(text, starts, ends, labels);
    nameMarketIndices(ctx.info.lower, ctx.info.caseClass, labels);
    applyPersonTitles(ctx.info.lower, ctx.info.caseClass, labels);
    dropTitlesEndingOrganisations(ctx.info.lower, ctx.info.caseClass, labels);
    dropNobleTitles(ctx, labels);
    joinNamesAfterInitials(text, starts, ends, labels);
    joinArabicNames(text, starts, ctx.info.lower, ctx.info.caseClass, labels);
    joinNamesAcrossParticles(ctx.info.lower, ctx.info.caseClass, labels);
    joinPolityNames(ctx.info.lower, ctx.info.caseClass, labels);
    joinCompassPlaces(ctx, labels);
    joinOrganisationNames(ctx.info.lower, ctx.info.caseClass, labels, ctx.sentenceOf);
    joinNationalityAndOrganisation(text, starts, ends, ctx.info.lower, ctx.info.caseClass, labels);
    splitConjoinedNames(ctx.info.lower, ctx.info.caseClass, labels);
    typePolityHeads(ctx.info.lower, ctx.info.caseClass, labels);
    typeUnknownWordsBesideNames(text, starts, ends, ctx, labels);
    unifyListTypes(ctx.info.lower, ctx.info.caseClass, labels);
    splitOrganisationLists(ctx.info.lower, labels);
    readLegalForms(text, starts, ends, labels);
    typeRegionsAfterPlaces(ctx.info.lower, ctx.info.caseClass, labels);
    typePlacesOutsideSport(ctx, labels);
    typeAreaNamesOutsideSport(ctx, labels);
    typeDatelinePlaces(text, starts, ends, ctx, labels);
    typeWireDatelines(text, starts, ends, ctx, labels);
    typeResultLineTeams(text, starts, ends, ctx, labels);
    nameNumberedTeams(text, starts, ends, labels);
    typeSchoolNames(ctx.info.lower, ctx.info.caseClass, labels);
    typeForeignHeads(ctx.info.lower, ctx.info.caseClass, labels);
    typeInstitutionsOf(ctx.info.lower, ctx.info.caseClass, labels);
    typeLandmarkNames(ctx.info.lower, ctx.info.caseClass, labels);
    typeOrganisationAppositions(ctx.info.lower, ctx.info.caseClass, labels);
    typeNamesBeforeNewsAgency(ctx.info.lower, ctx.info.caseClass, labels);
    typeTradeCompanyNames(ctx.info.lower, ctx.info.caseClass, labels);
    typeEventNames(ctx.info.lower, ctx.info.caseClass, ctx.sentenceOf, labels);
    typeEventsOfPlaces(ctx.info.lower, ctx.info.caseClass, ctx.sentenceOf, labels);
    typeOperationNames(ctx.info.lower, ctx.info.caseClass, ctx.sentenceOf, labels);
    typeCompetitionLeagues(ctx.info.lower, ctx.info.caseClass, labels);
    typeAwardNames(ctx.info.lower, ctx.info.caseClass, labels);
    typeStormNames(ctx.info.lower, ctx.info.caseClass, ctx.sentenceOf, labels);
    nameAdministrations(ctx, labels);
    typePeopleAfterJobNouns(ctx, labels);
    nameEmployersBeforeJobNouns(ctx, labels);
    typePersonSurnames(ctx.info.lower, labels, ctx.capsSentence);
    typeCamelCaseBrands(text, starts, ends, labels);
    typeOrganisationFirstWords(ctx.info.lower, ctx.info.caseClass, labels);
    typeDefinedAcronyms(text, starts, ends, ctx.capsSentence, labels, (k) => listsAsOneWord(ctx.gaz, ctx.count, k, FIRST_NAME));
    nameElections(text, starts, ends, ctx.info.caseClass, labels);
    typeDefinedSubjects(text, starts, ends, ctx, labels);
    typeWorkTitles(text, starts, ends, ctx, labels);
    typeShipNames(ctx, labels);
    dropPronounI(ctx.info.lower, labels);
    dropVerbBorn(ctx.info.lower, ctx.info.caseClass, labels);
    typeMaidenNames(ctx.info.lower, ctx.info.caseClass, labels);
    dropEraMarkers(ctx.info.lower, ctx.info.caseClass, labels);
    dropCommonNounAcronyms(text, starts, ends, labels);
    nameOneWordMiscNames(text, starts, ends, ctx.info.lower, ctx.capsSentence, labels);
    nameQuotedWorks(text, starts, ends, ctx.info.lower, ctx.info.caseClass, labels);
    dropInstrumentCodes(text, starts, ends, ctx.info.caseClass, labels);
    return labels;
  }

  static load(file: string = DEFAULT_MODEL_PATH): NerModel {
    return NerModel.fromBundle(decodeBundle(fs.readFileSync(file)));
  }

  static fromBundle(b: ModelBundle): NerModel {
    // A model trained on other chain labels (BIO's 9) would score garbage: refuse it.
    if (b.meta.labels !== NUM_CHAIN_LABELS)
      throw new Error(`NER model scores ${String(b.meta.labels)} labels, this code ${NUM_CHAIN_LABELS}: retrain it (npm run train:ner)`);
    const chain = (p: string): CompactChain | undefined => {
      const rows = b.arrays[`${p}.rows`] as Int16Array | undefined;
      if (!rows) return undefined;
      return new CompactChain(b.arrays[`${p}.table`] as Uint32Array, rows, b.arrays[`${p}.trans`] as Float32Array, b.meta[`${p}.scale`] as number);
    };
    const gaz = Gazetteer.fromArrays(b.arrays['gaz.keys'] as Uint32Array, b.arrays['gaz.values'] as Uint32Array);
    const s1 = chain('stage1');
    if (!s1) throw new Error('NER model has no stage1 weights');
    const mk = b.arrays['mem.keys'] as Uint32Array | undefined;
    const mv = b.arrays['mem.values'] as Uint32Array | undefined;
    const memory = mk && mv ? Gazetteer.fromArrays(mk, mv) : undefined;
    const ck = b.arrays['cls.keys'] as Uint32Array | undefined;
    const cv = b.arrays['cls.values'] as Uint32Array | undefined;
    const classes = ck && cv ? new WordClasses(ck, cv, b.meta['cls.depth'] as number) : undefined;
    return new NerModel(s1, chain('stage2'), gaz, b.meta, memory, classes);
  }

  toBuffer(): Buffer {
    const meta: Record<string, unknown> = { ...this.meta, labels: NUM_CHAIN_LABELS };
    const arrays: ModelBundle['arrays'] = {};
    const put = (p: string, c: ChainScorer): void => {
      if (!(c instanceof CompactChain)) throw new Error('only compact chains are saved');
      meta[`${p}.scale`] = c.scale;
      arrays[`${p}.table`] = c.table;
      arrays[`${p}.rows`] = c.rows;
      arrays[`${p}.trans`] = c.trans;
    };
    put('stage1', this.stage1);
    if (this.stage2) put('stage2', this.stage2);
    const g = this.gazetteer.toArrays();
    arrays['gaz.keys'] = g.keys;
    arrays['gaz.values'] = g.values;
    if (this.memory) {
      const m = this.memory.toArrays();
      arrays['mem.keys'] = m.keys;
      arrays['mem.values'] = m.values;
    }
    if (this.wordClasses) {
      arrays['cls.keys'] = this.wordClasses.keys;
      arrays['cls.values'] = this.wordClasses.values;
      meta['cls.depth'] = this.wordClasses.depth;
    }
    return encodeBundle({ meta, arrays });
  }
}
