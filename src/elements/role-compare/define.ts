import { defineElement } from '../../shared/define.js';
// The elements a comparison renders are registered with it; its own module has no side effects.
import '../salary-band/define.js';
import { RoleCompare, type RoleCompareChangeDetail } from './role-compare.js';

defineElement('role-compare', RoleCompare);

declare global {
  interface HTMLElementTagNameMap {
    'role-compare': RoleCompare;
  }
  interface HTMLElementEventMap {
    'role-compare-change': CustomEvent<RoleCompareChangeDetail>;
  }
}
