import { defineElement } from '../../shared/define.js';
// The elements a card renders are registered with it; the card's own module has no side effects.
import '../salary-band/define.js';
import { RoleCard, type RoleSelectDetail } from './role-card.js';

defineElement('role-card', RoleCard);

declare global {
  interface HTMLElementTagNameMap {
    'role-card': RoleCard;
  }
  /** So `addEventListener('role-select', (event) => event.detail.roleId)` type-checks. */
  interface HTMLElementEventMap {
    'role-select': CustomEvent<RoleSelectDetail>;
  }
}
