import { defineElement } from '../../shared/define.js';
// The elements the finder renders are registered with it; its own module has no side effects.
import '../role-card/define.js';
import '../role-compare/define.js';
import { RoleFinder, type RoleFinderChangeDetail } from './role-finder.js';

defineElement('role-finder', RoleFinder);

declare global {
  interface HTMLElementTagNameMap {
    'role-finder': RoleFinder;
  }
  interface HTMLElementEventMap {
    'role-finder-change': CustomEvent<RoleFinderChangeDetail>;
  }
}
