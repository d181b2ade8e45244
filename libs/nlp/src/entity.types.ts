export type ModelEntityType = 'PERSON' | 'ORGANIZATION' | 'LOCATION' | 'MISC';
export type RuleEntityType = 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY';
export type EntityType = ModelEntityType | RuleEntityType;

/** One occurrence in the text; offsets in UTF-16 code units, `end` exclusive. */
export interface Mention {
  start: number;
  end: number;
  text: string;
}

/** A mention of a grouped entity, with the type the tagger read at that span (Pyongyang said: ORGANIZATION). */
export interface EntityMention extends Mention {
  type: EntityType;
}

/** Mentions of one real-world entity, grouped within a document. */
export interface CanonicalEntity {
  /** Stable across articles for the same canonical name and type. */
  id: string;
  /** Decided over all mentions (the place for a capital standing for its government). */
  type: EntityType;
  name: string;
  /** 0..1, how central the entity is to the document. */
  salience: number;
  inTitle: boolean;
  mentions: EntityMention[];
  /** For a nationality word (MISC "North Korean"): the id of the country entity it derives from. */
  derivedFrom?: string;
}
