import { createContext } from '@lit/context';
import type { CatalogueIndex, ListingEntry, RoleListEntry } from './schema.js';
import type { RoleTextsState } from './texts.js';

export type CatalogueStatus = 'ready' | 'loading' | 'error';

/**
 * How elements ask a split catalogue for what it has not fetched yet. Every request is answered by
 * a new `CatalogueState` through the context, so elements re-render when a piece arrives.
 */
export interface CataloguePieces {
  /** Fetches one role's facts (by id), or the whole index for an alias or a title; true while what it asked for is on its way. */
  requestRole(key: string): boolean;
  /** Fetches every role's facts, for elements that filter or search roles. */
  requestIndex(): void;
  /** Fetches every role's id, titles and group, for elements that only offer roles to choose from. */
  requestList(): void;
  /**
   * Fetches what a list of job adverts needs of every role (titles, other names, technologies,
   * codes, pay, hours), for elements that match an advert's title and draw its band.
   */
  requestListing(): void;
  /** The languages it has texts in. */
  readonly languages: readonly string[];
  /** A role's texts in a language: in hand, on their way (a fetch starts), or failed with a retry. */
  texts(id: string, lang: string): RoleTextsState;
}

/** What a `<role-catalogue>`, or the page root, tells the elements inside it. */
export interface CatalogueState {
  /**
   * The catalogue in use: after a failed load, still the last good one. Its roles carry their texts
   * when it is a whole catalogue; a split catalogue's carry only facts, and `pieces` has the texts.
   */
  catalogue: CatalogueIndex;
  status: CatalogueStatus;
  /** Why the last load failed, one line per problem; empty unless status is "error". */
  problems: string[];
  /** False while a split catalogue holds only the roles asked for so far; true once every role is here. */
  complete: boolean;
  /** A split catalogue's way to fetch what is missing; absent for a whole catalogue. */
  pieces?: CataloguePieces;
  /** Every role's id, titles and group, once a split catalogue's list has arrived (a complete catalogue's roles serve as well). */
  list?: readonly RoleListEntry[];
  /** What job adverts are matched against and banded from, once a split catalogue's listing has arrived (a complete catalogue's roles serve as well). */
  listing?: readonly ListingEntry[];
  /** True once a split catalogue could not fetch its listing, nor its index instead. */
  listingFailed?: boolean;
}

export const catalogueContext = createContext<CatalogueState>(Symbol.for('role-widgets/catalogue'));
