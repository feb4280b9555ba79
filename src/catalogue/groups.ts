import { FAMILY_LABELS, STACK_LABELS } from './labels.js';
import type { RoleFacts } from './schema.js';

/** A group of roles as editors' pickers list them. */
export interface RoleGroup<R> {
  id: string;
  /** The message key of the group's name ('family.data-ai', 'stack.back-end'), for a label in the editor's language. */
  key: string;
  /** The group's name in English. */
  label: string;
  /** The group's roles, in catalogue order. */
  roles: R[];
}

const FAMILY_WORDS: Record<string, string> = FAMILY_LABELS;
const STACK_WORDS: Record<string, string> = STACK_LABELS;

/**
 * How editors' role pickers group a catalogue: by `family` where a role has one, else by `stack`.
 * The one place that decides it, for the WordPress blocks' sidebar (scripts/wordpress-zip.mjs
 * writes it into the plugin's roles list) and the CKEditor 5 plugin's insert form alike.
 */
export function groupRoles<R extends Pick<RoleFacts, 'stack'> & { family?: RoleFacts['family'] }>(roles: readonly R[]): RoleGroup<R>[] {
  const groups = new Map<string, RoleGroup<R>>();
  for (const role of roles) {
    const id = role.family ?? role.stack ?? 'other';
    let group = groups.get(id);
    if (!group) {
      const family = id in FAMILY_WORDS;
      const label = (family ? FAMILY_WORDS[id] : STACK_WORDS[id]) ?? id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');
      group = { id, key: `${family ? 'family' : 'stack'}.${id}`, label, roles: [] };
      groups.set(id, group);
    }
    group.roles.push(role);
  }
  return [...groups.values()];
}
