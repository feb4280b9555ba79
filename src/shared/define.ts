import { ContextRoot } from '@lit/context';

const noted = new Set<string>();
const contextRootKey = Symbol.for('role-widgets/context-root');

/**
 * Elements that upgrade before their `<role-catalogue>` would never hear from it; a ContextRoot
 * replays their requests once it upgrades. One per page, whichever copy of the library comes first.
 */
function attachContextRoot() {
  const globals = globalThis as typeof globalThis & { [contextRootKey]?: boolean };
  if (globals[contextRootKey] || typeof document === 'undefined') return;
  globals[contextRootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Registers a tag unless it is already registered. Pages often load a library twice (a CMS
 * plugin and a theme, or module and classic builds); the second copy must not throw
 * "has already been used with this registry", and one set of working elements is enough.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  attachContextRoot();
  const existing = customElements.get(name);
  if (!existing) {
    customElements.define(name, constructor);
  } else if (existing !== constructor && !noted.has(name)) {
    noted.add(name);
    console.info(`role-widgets: <${name}> was already defined by another copy of the library; that copy is used.`);
  }
}
