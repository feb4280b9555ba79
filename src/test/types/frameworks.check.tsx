/**
 * Type tests for the framework types (src/frameworks/), checked by `tsc -p src/test/types` in
 * npm test's type-check step. Each `@ts-expect-error` must be an error, or the check fails: a
 * misspelt value, a wrong type or a misread event detail cannot slip through.
 */
import type {} from '../../frameworks/react.js';
import type {} from '../../frameworks/vue.js';
import type { GlobalComponents } from 'vue';

export const card = (
  <role-card
    role-id="back-end"
    variant="compact"
    heading-level="3"
    onrole-select={(event) => {
      const id: string = event.detail.roleId;
      // @ts-expect-error role-select's detail has no roleID.
      void event.detail.roleID;
      return id;
    }}
  />
);

// @ts-expect-error "compakt" is not a variant.
export const misspelt = <role-card role-id="back-end" variant="compakt" />;

// @ts-expect-error period is year, month or hour.
export const badPeriod = <salary-band role-id="qa-test" period="fortnight" />;

export const band = <salary-band min={40000} max="60000" currency="GBP" full-figures period="month" />;

export const compare = <role-compare roles="back-end,qa-test" differences-only onrole-compare-change={(event) => event.detail.roles.join()} />;

export const finder = <role-finder sync-url onrole-finder-change={(event) => event.detail.text} />;

export const catalogue = (
  <role-catalogue src="/roles.json" mode="extend" onrole-catalogue-error={(event) => event.detail.problems.length}>
    <salary-band role-id="back-end" />
  </role-catalogue>
);

// @ts-expect-error mode is replace or extend.
export const badMode = <role-catalogue mode="merge" />;

type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];
export const vueCard: VueProps<'role-card'> = { roleId: 'back-end', variant: 'compact', onRoleSelect: (event) => event.detail.roleId };
// @ts-expect-error "compakt" is not a variant.
export const vueMisspelt: VueProps<'role-card'> = { variant: 'compakt' };
// @ts-expect-error Vue does not take a number for roles.
export const vueRoles: VueProps<'role-compare'> = { roles: 42 };
