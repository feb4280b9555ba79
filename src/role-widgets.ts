/**
 * The script-tag entry: `<script type="module" src="role-widgets.js">` registers every element.
 */
import { ContextRoot } from '@lit/context';
import './elements/role-catalogue/define.js';
import './elements/salary-band/define.js';
import './elements/role-card/define.js';
import './elements/role-compare/define.js';
import './elements/role-finder/define.js';

// Lets elements that upgrade before their <role-catalogue> still find it once it upgrades.
const contextRootAttached = Symbol.for('role-widgets/context-root');
const globals = globalThis as typeof globalThis & { [contextRootAttached]?: boolean };
if (!globals[contextRootAttached]) {
  globals[contextRootAttached] = true;
  new ContextRoot().attach(document.documentElement);
}

export * from './index.js';
