import { defineElement } from '../../shared/define.js';
import { RoleCompare } from './role-compare.js';

defineElement('role-compare', RoleCompare);

declare global {
  interface HTMLElementTagNameMap {
    'role-compare': RoleCompare;
  }
}
