import { defineElement } from '../../shared/define.js';
import { RoleCard } from './role-card.js';

defineElement('role-card', RoleCard);

declare global {
  interface HTMLElementTagNameMap {
    'role-card': RoleCard;
  }
}
