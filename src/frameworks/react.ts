/**
 * JSX types for React 19 (and 18.3), where `<role-card>` is written as a tag: each attribute with
 * its real value type, and `on<event>` handlers (React 19 listens for custom events by name) typed
 * with their detail. Bring them in once: `import type {} from 'role-widgets/types/react';`.
 * React 18 users who want properties and events without thinking use `role-widgets/react`.
 */
import type { HTMLAttributes, ReactNode, RefAttributes } from 'react';
import type { RoleWidgetsAttributes, RoleWidgetsElements, RoleWidgetsEvents } from './elements.generated.js';

type Tag = keyof RoleWidgetsElements;

/** `onrole-select={(event) => event.detail.roleId}`: React 19 adds a listener for `role-select`. */
export type RoleWidgetsHandlers<T extends Tag> = {
  [Name in keyof RoleWidgetsEvents[T] as `on${Name & string}`]?: (event: RoleWidgetsEvents[T][Name]) => void;
};

/** Everything a tag accepts in JSX: the element's own attributes win over the generic HTML ones. */
export type RoleWidgetsJsxProps<T extends Tag> = Omit<HTMLAttributes<RoleWidgetsElements[T]>, keyof RoleWidgetsAttributes[T]> &
  RoleWidgetsAttributes[T] &
  RoleWidgetsHandlers<T> &
  RefAttributes<RoleWidgetsElements[T]> & { children?: ReactNode; class?: string };

type RoleWidgetsIntrinsicElements = { [T in Tag]: RoleWidgetsJsxProps<T> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends RoleWidgetsIntrinsicElements {}
  }
}
