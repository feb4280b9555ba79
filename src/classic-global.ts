/**
 * Types for `role-widgets/bundle/classic`: the one-file script for hosts that cannot load modules
 * puts the library's API on `window.RoleWidgets`.
 */
import type * as RoleWidgetsApi from './role-widgets.js';

declare global {
  interface Window {
    RoleWidgets: typeof RoleWidgetsApi;
  }
  // A script's global, as page scripts reach it.
  var RoleWidgets: typeof RoleWidgetsApi;
}

export {};
