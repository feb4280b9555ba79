import { defineElement } from '../../shared/define.js';
import { RoleCatalogue } from './role-catalogue.js';

defineElement('role-catalogue', RoleCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'role-catalogue': RoleCatalogue;
  }
}
