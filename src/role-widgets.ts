/**
 * The script-tag entry: `<script type="module" src="role-widgets.js">` registers every element and
 * exposes the library's API to page scripts.
 */
// First, so elements upgraded by the imports below find the catalogue in place.
import './catalogue/use-bundled.js';
import './elements/role-catalogue/define.js';
import './elements/salary-band/define.js';
import './elements/role-card/define.js';
import './elements/role-compare/define.js';
import './elements/role-finder/define.js';

export * from './index.js';
