import type { Catalogue, CatalogueIndex, RoleFacts } from './schema.js';

/**
 * Adds a site's roles to a base catalogue. A site role with an id the base already has replaces
 * that role whole (so a site can correct figures for its market); new ids are appended in order.
 */
export function extendCatalogue(base: Catalogue, site: Catalogue): Catalogue;
export function extendCatalogue(base: CatalogueIndex, site: Catalogue): CatalogueIndex;
export function extendCatalogue(base: CatalogueIndex, site: Catalogue): CatalogueIndex {
  const siteById = new Map<string, RoleFacts>(site.roles.map((role) => [role.id, role]));
  const roles = base.roles.map((role) => siteById.get(role.id) ?? role);
  const baseIds = new Set(base.roles.map((role) => role.id));
  roles.push(...site.roles.filter((role) => !baseIds.has(role.id)));
  const ways = new Map([...(base.waysOfWorking ?? []), ...(site.waysOfWorking ?? [])].map((way) => [way.id, way]));
  return {
    version: 1,
    updated: site.updated > base.updated ? site.updated : base.updated,
    roles,
    waysOfWorking: [...ways.values()],
  };
}
