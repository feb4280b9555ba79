export * from './catalogue/index.js';
export { registerMessages, type Message, type MessageSet, type PluralMessage } from './i18n/localize.js';
export { RoleCatalogue, type CatalogueMode, type RoleCatalogueLoadDetail, type RoleCatalogueErrorDetail } from './elements/role-catalogue/role-catalogue.js';
export { SalaryBand } from './elements/salary-band/salary-band.js';
export { RoleCard, ROLE_CARD_SECTIONS, type RoleCardSection, type RoleCardVariant, type RoleSelectDetail } from './elements/role-card/role-card.js';
export { RoleCompare, COMPARE_ROWS, type CompareRow, type RoleCompareChangeDetail } from './elements/role-compare/role-compare.js';
export { RoleFinder, type RoleFinderChangeDetail } from './elements/role-finder/role-finder.js';
export { type FinderState } from './elements/role-finder/finder-state.js';
export { GUIDE_QUESTIONS, rankRoles, type GuideAnswers, type RankedRole } from './elements/role-finder/guide.js';
