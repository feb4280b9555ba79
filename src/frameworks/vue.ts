/**
 * Vue 3 types: `<role-card>` in a template is checked by vue-tsc against the element's own
 * property types, and `@role-select` handlers get the event's detail. Bring them in once:
 * `import type {} from 'role-widgets/types/vue';` (and tell Vue the tags are custom elements:
 * `compilerOptions.isCustomElement: (tag) => tag.startsWith('role-') || tag === 'salary-band'`).
 */
import type { DefineComponent } from 'vue';
import type { RoleWidgetsElements, RoleWidgetsEvents, RoleWidgetsProperties } from './elements.generated.js';

type Tag = keyof RoleWidgetsElements;

/** "role-select" → "RoleSelect", as Vue names the listener prop for `@role-select`. */
type Pascal<Name extends string> = Name extends `${infer Head}-${infer Rest}` ? `${Capitalize<Head>}${Pascal<Rest>}` : Capitalize<Name>;

/** `@role-select="(event) => event.detail.roleId"`. */
export type RoleWidgetsVueListeners<T extends Tag> = {
  [Name in keyof RoleWidgetsEvents[T] as `on${Pascal<Name & string>}`]?: (event: RoleWidgetsEvents[T][Name]) => void;
};

export type RoleWidgetsVueProps<T extends Tag> = RoleWidgetsProperties[T] & RoleWidgetsVueListeners<T>;

type RoleWidgetsGlobalComponents = { [T in Tag]: DefineComponent<RoleWidgetsVueProps<T>> };

declare module 'vue' {
  interface GlobalComponents extends RoleWidgetsGlobalComponents {}
}
