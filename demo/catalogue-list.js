// Lists the bundled catalogue with plain DOM, from the library's own exports. The script-tag module
// keeps the catalogue in pieces; loadDefaultCatalogue() fetches its index (every role's facts).
import { loadDefaultCatalogue } from '../dist/role-widgets.js';

const catalogue = await loadDefaultCatalogue();
const table = document.querySelector('#catalogue-table');
const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
for (const role of catalogue.roles) {
  const row = table.tBodies[0].insertRow();
  [role.id, role.title, role.family ?? '', role.stack, role.aliases.join(', ')].forEach((text, index) => {
    const cell = row.insertCell();
    cell.textContent = text;
    // On narrow screens each row becomes a block, and each cell names its column (demo.css).
    cell.dataset.label = headings[index];
  });
}
document.querySelector('#catalogue-summary').textContent =
  `${catalogue.roles.length} roles and ${catalogue.waysOfWorking?.length ?? 0} way of working, updated ${catalogue.updated}.`;
