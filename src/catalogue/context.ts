import { createContext } from '@lit/context';
import type { Catalogue } from './schema.js';

export type CatalogueStatus = 'ready' | 'loading' | 'error';

/** What a `<role-catalogue>` tells the elements inside it. */
export interface CatalogueState {
  /** The catalogue in use: after a failed load, still the last good one. */
  catalogue: Catalogue;
  status: CatalogueStatus;
  /** Why the last load failed, one line per problem; empty unless status is "error". */
  problems: string[];
}

export const catalogueContext = createContext<CatalogueState>(Symbol.for('role-widgets/catalogue'));
