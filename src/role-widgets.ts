/**
 * The script-tag entry: `<script type="module" src="role-widgets.js">` registers every element and
 * exposes the library's API to page scripts.
 */
import './elements/role-catalogue/define.js';
import './elements/salary-band/define.js';
import './elements/role-card/define.js';
import './elements/role-compare/define.js';
import './elements/role-finder/define.js';

export * from './index.js';
