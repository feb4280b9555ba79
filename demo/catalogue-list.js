// Lists the bundled catalogue with plain DOM, from the library's own exports.
import { bundledCatalogue } from '../dist/role-widgets.js';

const table = document.querySelector('#catalogue-table');
const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
for (const role of bundledCatalogue.roles) {
  const row = table.tBodies[0].insertRow();
  [role.id, role.title, role.family ?? '', role.stack, role.aliases.join(', ')].forEach((text, index) => {
    const cell = row.insertCell();
    cell.textContent = text;
    // On narrow screens each row becomes a block, and each cell names its column (demo.css).
    cell.dataset.label = headings[index];
  });
}
document.querySelector('#catalogue-summary').textContent =
  `${bundledCatalogue.roles.length} roles and ${bundledCatalogue.waysOfWorking?.length ?? 0} way of working, updated ${bundledCatalogue.updated}.`;
