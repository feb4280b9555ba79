import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { bundledCatalogue } from '../../catalogue/index.js';
import { captureWarnings, fitsWidth, part, parts } from '../../test/helpers.js';
import './define.js';
import type { RoleCompare } from './role-compare.js';

async function compare(template: ReturnType<typeof html>, width = 1000): Promise<RoleCompare> {
  const wrapper = await fixture(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('role-compare')!;
  // The layout follows the container's width, measured by a ResizeObserver after first paint.
  await waitUntil(() => el.shadowRoot!.querySelector(width < 600 ? '.stacked' : 'table'), 'layout did not settle');
  await el.updateComplete;
  return el;
}
const columnHeaders = (el: RoleCompare) => [...el.shadowRoot!.querySelectorAll('th[scope=col]')].map((th) => th.textContent!.trim());
const rowHeaders = (el: RoleCompare) => [...el.shadowRoot!.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent!.replace('same for all', '').trim());
const visibleRows = (el: RoleCompare) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-row]')].filter((row) => getComputedStyle(row).display !== 'none').map((row) => row.dataset.row);

describe('<role-compare>', () => {
  for (const ids of [['back-end', 'full-stack'], ['back-end', 'full-stack', 'front-end'], ['qa-test', 'application-support', 'data-engineer', 'data-analyst']]) {
    it(`compares ${ids.length} roles in a table with column and row headers`, async () => {
      const el = await compare(html`<role-compare roles=${ids.join(',')}></role-compare>`);
      expect(columnHeaders(el)).to.deep.equal(ids.map((id) => bundledCatalogue.roles.find((r) => r.id === id)!.title));
      expect(rowHeaders(el)).to.deep.equal(['Part of the stack', 'What the job is', 'Technologies', 'Pay, United Kingdom', 'Hours a week', 'Working environment', 'Day-to-day duties', 'What you will need', 'Career prospects', 'Questions to ask at interview']);
      expect(el.shadowRoot!.querySelectorAll('tbody tr')[0].querySelectorAll('td')).to.have.length(ids.length);
      await expect(el).to.be.accessible();
    });
  }

  it('puts every pay band on one shared scale', async () => {
    const el = await compare(html`<role-compare roles="back-end,data-analyst,qa-test" rows="pay"></role-compare>`);
    const bands = [...el.shadowRoot!.querySelectorAll('salary-band')];
    expect(bands.map((band) => band.getAttribute('scale-max'))).to.deep.equal(['100000', '100000', '100000']);
    expect(bands.map((band) => band.getAttribute('scale-min'))).to.deep.equal(['0', '0', '0']);
  });

  it('marks technologies every role shares and lists the distinct ones first', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst" rows="technologies"></role-compare>`);
    const shared = parts(el, 'shared-tag').map((tag) => tag.textContent!.replace(/≡|\(.*\)/g, '').trim());
    expect(shared).to.deep.equal(['Python', 'SQL', 'pandas', 'SQL', 'Python', 'pandas']);
    const firstCell = el.shadowRoot!.querySelector('tbody td')!;
    expect(firstCell.querySelector('li')!.textContent).to.contain('Scala');
    expect(firstCell.textContent).to.contain('(shared by all roles compared)');
  });

  it('shows only differing rows when the switch is on, and announces how many are hidden', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst,qa-test" rows="stack hours technologies"></role-compare>`);
    expect(visibleRows(el)).to.deep.equal(['stack', 'hours', 'technologies']);
    const toggle = el.shadowRoot!.querySelector<HTMLInputElement>('input[role=switch]')!;
    toggle.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.differencesOnly).to.equal(true);
    expect(el.hasAttribute('differences-only')).to.equal(true);
    // All three work 37–40 hours, so that row is the same and hidden.
    expect(visibleRows(el)).to.deep.equal(['stack', 'technologies']);
    expect(el.shadowRoot!.querySelector('.controls [role=status]')!.textContent).to.contain('1 rows that are the same for every role are hidden');
    await expect(el).to.be.accessible();
  });

  it('swaps a role with a column picker and emits role-compare-change', async () => {
    const el = await compare(html`<role-compare roles="back-end,front-end"></role-compare>`);
    const picker = part<HTMLSelectElement>(el, 'picker')!;
    const change = oneEvent(el, 'role-compare-change');
    picker.value = 'sales-engineer';
    picker.dispatchEvent(new Event('change'));
    expect((await change).detail).to.deep.equal({ roles: ['sales-engineer', 'front-end'] });
    await el.updateComplete;
    expect(columnHeaders(el)).to.deep.equal(['Sales engineer', 'Front-end engineer']);
    expect(el.getAttribute('roles')).to.equal('sales-engineer,front-end');
    expect(el.shadowRoot!.activeElement?.id).to.equal('picker-0');
    // A role already shown cannot be picked twice.
    expect(picker.querySelector<HTMLOptionElement>('option[value=front-end]')!.disabled).to.equal(true);
  });

  it('adds and removes columns within 2 to 4', async () => {
    const el = await compare(html`<role-compare roles="back-end,front-end"></role-compare>`);
    expect(parts(el, 'remove')).to.have.length(0);
    const add = part<HTMLButtonElement>(el, 'add')!;
    let change = oneEvent(el, 'role-compare-change');
    add.click();
    expect((await change).detail.roles).to.deep.equal(['back-end', 'front-end', 'infrastructure']);
    await el.updateComplete;
    add.click();
    await el.updateComplete;
    expect(columnHeaders(el)).to.have.length(4);
    expect(add.disabled).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.equal('picker-3');

    const removes = parts<HTMLButtonElement>(el, 'remove');
    expect(removes.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Remove Back-end engineer', 'Remove Front-end engineer', 'Remove Infrastructure engineer', 'Remove Full-stack engineer']);
    change = oneEvent(el, 'role-compare-change');
    removes[0].click();
    expect((await change).detail.roles).to.deep.equal(['front-end', 'infrastructure', 'full-stack']);
    await el.updateComplete;
    expect(columnHeaders(el)).to.deep.equal(['Front-end engineer', 'Infrastructure engineer', 'Full-stack engineer']);
    expect(el.shadowRoot!.activeElement?.id).to.equal('picker-0');
  });

  it('defaults to the first two roles when roles is missing', async () => {
    const el = await compare(html`<role-compare></role-compare>`);
    expect(columnHeaders(el)).to.deep.equal(bundledCatalogue.roles.slice(0, 2).map((r) => r.title));
  });

  it('reports unknown ids, drops duplicates and ids past four, and still shows the rest', async () => {
    let el!: RoleCompare;
    const warnings = await captureWarnings(async () => {
      el = await compare(html`<role-compare roles="back-end, astronaut, Backend engineer, front-end, qa-test, data-analyst, sales-engineer"></role-compare>`);
    });
    expect(columnHeaders(el)).to.deep.equal(['Back-end engineer', 'Front-end engineer', 'QA engineer', 'Data analyst']);
    const messages = parts(el, 'problem').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(messages[0]).to.match(/^Not shown: "astronaut" is not a role\. Valid ids: infrastructure, back-end/);
    expect(messages[1]).to.equal('Up to 4 roles can be compared; sales-engineer is not shown.');
    expect(warnings.join('\n')).to.contain('roles names unknown ids (astronaut)');
    await expect(el).to.be.accessible();
  });

  it('shows the rows asked for, in order', async () => {
    const el = await compare(html`<role-compare roles="back-end,front-end" rows="hours, pay"></role-compare>`);
    expect(rowHeaders(el)).to.deep.equal(['Hours a week', 'Pay, United Kingdom']);
  });

  it('stacks one block per role in a narrow container, with the same data', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst" rows="summary pay hours"></role-compare>`, 360);
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    const blocks = [...el.shadowRoot!.querySelectorAll('.role-block')];
    expect(blocks.map((b) => b.querySelector('h3')!.textContent)).to.deep.equal(['Data engineer', 'Data analyst']);
    expect(blocks[0].querySelectorAll('dt')).to.have.length(3);
    expect(fitsWidth(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('switches layout when its container is resized', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst"></role-compare>`);
    el.parentElement!.style.width = '400px';
    await waitUntil(() => el.shadowRoot!.querySelector('.stacked'), 'did not stack');
    el.parentElement!.style.width = '900px';
    await waitUntil(() => el.shadowRoot!.querySelector('table'), 'did not return to a table');
  });

  it('prints without pickers and with every row', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst,qa-test" differences-only></role-compare>`);
    await emulateMedia({ media: 'print' });
    try {
      await aTimeout(50);
      expect(getComputedStyle(part(el, 'controls')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.pickers')!).display).to.equal('none');
      expect(visibleRows(el)).to.have.length(10);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
