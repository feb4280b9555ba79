import { defineElement } from '../../shared/define.js';
import { RoleFinder } from './role-finder.js';

defineElement('role-finder', RoleFinder);

declare global {
  interface HTMLElementTagNameMap {
    'role-finder': RoleFinder;
  }
}
