import { defineElement } from '../../shared/define.js';
import { RoleCatalogue, type RoleCatalogueErrorDetail, type RoleCatalogueLoadDetail } from './role-catalogue.js';

defineElement('role-catalogue', RoleCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'role-catalogue': RoleCatalogue;
  }
  interface HTMLElementEventMap {
    'role-catalogue-load': CustomEvent<RoleCatalogueLoadDetail>;
    'role-catalogue-error': CustomEvent<RoleCatalogueErrorDetail>;
  }
}
