// Lists the bundled catalogue with plain DOM, from the library's own exports.
import { bundledCatalogue } from '../dist/role-widgets.js';

const body = document.querySelector('#catalogue-table tbody');
for (const role of bundledCatalogue.roles) {
  const row = body.insertRow();
  for (const text of [role.id, role.title, role.stack, role.aliases.join(', ')]) row.insertCell().textContent = text;
}
document.querySelector('#catalogue-summary').textContent =
  `${bundledCatalogue.roles.length} roles and ${bundledCatalogue.waysOfWorking?.length ?? 0} way of working, updated ${bundledCatalogue.updated}.`;
