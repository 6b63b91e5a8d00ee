import type { Span } from '../../types.js';

/** Outlet types in the gazetteer. */
export type OutletType =
  | 'wire'
  | 'state-affiliated'
  | 'public-broadcaster'
  | 'newspaper'
  | 'broadcaster'
  | 'digital'
  | 'magazine'
  | 'news-outlet';

/** A gazetteer record as shipped in corpus/outlets/gazetteer.json or supplied by a user. */
export interface OutletRecord {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2, or null where unknown. */
  readonly country: string | null;
  readonly type: OutletType;
  /** State Media Monitor typology code (SC, CaPu, CaPr, ISFM, ISF, ISM, IP) where a source gives it. */
  readonly stateMediaTypology?: string;
  readonly domain?: string;
  readonly wikidata?: string;
  readonly sources?: readonly string[];
}

/** The outlet a mention is linked to (a summary of its record). */
export interface LinkedOutlet {
  readonly id: string;
  readonly name: string;
  readonly country: string | null;
  readonly type: OutletType;
  /** The caller's own rating for this outlet, attached by id or domain (`outlets({ ratings })`). */
  readonly rating?: OutletRating;
}

/** A caller-supplied rating: any JSON value (a label, a score, an object). */
export type OutletRating = string | number | boolean | null | readonly OutletRating[] | { readonly [key: string]: OutletRating };

/** source: the information comes from it; venue: someone spoke to it; subject: it is talked about. */
export type OutletRole = 'source' | 'venue' | 'subject';

export interface OutletMention extends Span {
  readonly outlet: LinkedOutlet | null;
  /** A generic reference with no record: "state media", "Western media", "local television". */
  readonly generic: boolean;
  /** For generic mentions: whether the words make it state-affiliated ("state-run", "Kremlin-controlled"). */
  readonly stateAffiliated: boolean;
  readonly role: OutletRole;
}

export interface OutletsSentence {
  readonly mentions: readonly OutletMention[];
}

export interface OutletCount extends LinkedOutlet {
  readonly count: number;
}

export interface OutletsSummary {
  readonly mentions: number;
  readonly genericMentions: number;
  /** Linked outlets cited as sources, most cited first. */
  readonly sources: readonly OutletCount[];
  /** Share of source-role mentions (linked or generic) that are state-affiliated; null without any. */
  readonly stateAffiliatedSourceShare: number | null;
}
