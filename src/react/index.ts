/**
 * React components for every element, made with @lit/react: props are set as properties and
 * events arrive as `on…` props, in React 18 and 19 alike, with or without server rendering.
 * Needs `react` and `@lit/react` beside role-widgets (optional peer dependencies).
 *
 *   import { RoleCard } from 'role-widgets/react';
 *   <RoleCard roleId="back-end" variant="compact" onRoleSelect={(event) => event.detail.roleId} />
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { RoleCard as RoleCardElement, type RoleSelectDetail } from '../elements/role-card/role-card.js';
import { RoleCatalogue as RoleCatalogueElement, type RoleCatalogueErrorDetail, type RoleCatalogueLoadDetail } from '../elements/role-catalogue/role-catalogue.js';
import { RoleCompare as RoleCompareElement, type RoleCompareChangeDetail } from '../elements/role-compare/role-compare.js';
import { RoleFinder as RoleFinderElement, type RoleFinderChangeDetail } from '../elements/role-finder/role-finder.js';
import { SalaryBand as SalaryBandElement } from '../elements/salary-band/salary-band.js';
// Registering is what makes the tags work, in the browser and under Lit's server renderer alike.
import '../elements/role-card/define.js';
import '../elements/role-catalogue/define.js';
import '../elements/role-compare/define.js';
import '../elements/role-finder/define.js';
import '../elements/salary-band/define.js';

const event = <Detail>(name: string) => name as EventName<CustomEvent<Detail>>;

export const SalaryBand = createComponent({ react: React, tagName: 'salary-band', elementClass: SalaryBandElement, displayName: 'SalaryBand' });

export const RoleCard = createComponent({
  react: React,
  tagName: 'role-card',
  elementClass: RoleCardElement,
  displayName: 'RoleCard',
  events: { onRoleSelect: event<RoleSelectDetail>('role-select') },
});

export const RoleCompare = createComponent({
  react: React,
  tagName: 'role-compare',
  elementClass: RoleCompareElement,
  displayName: 'RoleCompare',
  events: { onRoleCompareChange: event<RoleCompareChangeDetail>('role-compare-change') },
});

export const RoleFinder = createComponent({
  react: React,
  tagName: 'role-finder',
  elementClass: RoleFinderElement,
  displayName: 'RoleFinder',
  events: { onRoleFinderChange: event<RoleFinderChangeDetail>('role-finder-change') },
});

export const RoleCatalogue = createComponent({
  react: React,
  tagName: 'role-catalogue',
  elementClass: RoleCatalogueElement,
  displayName: 'RoleCatalogue',
  events: {
    onRoleCatalogueLoad: event<RoleCatalogueLoadDetail>('role-catalogue-load'),
    onRoleCatalogueError: event<RoleCatalogueErrorDetail>('role-catalogue-error'),
  },
});
