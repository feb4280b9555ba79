import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { bundledCatalogue } from '../../catalogue/index.js';
import { captureWarnings, fitsWidth, itIn, overflowing, part, parts, settle, waitFor } from '../../test/helpers.js';
import '../role-catalogue/define.js';
import './define.js';
import type { RoleCompare } from './role-compare.js';

async function compare(template: ReturnType<typeof html>, width = 1000): Promise<RoleCompare> {
  const wrapper = await fixture(html`<div style="width: ${width}px">${template}</div>`);
  const el = wrapper.querySelector('role-compare')!;
  await el.updateComplete;
  return el;
}
const shown = (node: Element | null) => !!node && node.getClientRects().length > 0;
/** The layout the reader sees: CSS shows one of the two by the element's width. */
const visibleLayout = (el: RoleCompare) => [...el.shadowRoot!.querySelectorAll('[part=table], [part=stacked]')].filter(shown).map((node) => node.getAttribute('part'));
const inTable = <T extends Element = HTMLElement>(el: RoleCompare, name: string) => [...el.shadowRoot!.querySelectorAll<T>(`[part=table] [part~="${name}"]`)];
/** Which column's picker has focus, and whether the reader can see it. */
const focusedPicker = (el: RoleCompare) => {
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  return active?.localName === 'select' && shown(active) ? Number(active.dataset.column) : undefined;
};
const columnHeaders = (el: RoleCompare) => [...el.shadowRoot!.querySelectorAll('th[scope=col]')].map((th) => th.textContent!.trim());
/** Each row's header as a screen reader names it: without the "≡" key, which is hidden from it (each marked tag says it instead). */
const rowHeaders = (el: RoleCompare) =>
  [...el.shadowRoot!.querySelectorAll('tbody th[scope=row]')].map((th) => {
    const copy = th.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
    return copy.textContent!.replace('same for all', '').trim();
  });
const visibleRows = (el: RoleCompare) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part=table] [data-row]')].filter(shown).map((row) => row.dataset.row);

describe('<role-compare>', () => {
  for (const ids of [['back-end', 'full-stack'], ['back-end', 'full-stack', 'front-end'], ['qa-test', 'application-support', 'data-engineer', 'data-analyst']]) {
    it(`compares ${ids.length} roles in a table with column and row headers`, async () => {
      const el = await compare(html`<role-compare roles=${ids.join(',')}></role-compare>`);
      expect(columnHeaders(el)).to.deep.equal(ids.map((id) => bundledCatalogue.roles.find((r) => r.id === id)!.title));
      expect(rowHeaders(el)).to.deep.equal(['Area of work', 'What the job is', 'Technologies', 'Pay, United Kingdom', 'Hours a week', 'Working environment', 'Day-to-day duties', 'What you will need', 'Career prospects', 'Questions to ask at interview']);
      expect(el.shadowRoot!.querySelectorAll('tbody tr')[0].querySelectorAll('td')).to.have.length(ids.length);
      await expect(el).to.be.accessible();
    });
  }

  it('puts every pay band on one shared scale', async () => {
    const el = await compare(html`<role-compare roles="back-end,data-analyst,qa-test" rows="pay"></role-compare>`);
    const bands = [...el.shadowRoot!.querySelectorAll('[part=table] salary-band')];
    // The back-end band's 90th percentile (£102,860) is the highest figure drawn: £0–120k leaves room for its whisker.
    expect(bands.map((band) => band.getAttribute('scale-max'))).to.deep.equal(['120000', '120000', '120000']);
    expect(bands.map((band) => band.getAttribute('scale-min'))).to.deep.equal(['0', '0', '0']);
  });

  it('marks technologies every role shares and lists the distinct ones first', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst" rows="technologies"></role-compare>`);
    const shared = inTable(el, 'shared-tag').map((tag) => tag.textContent!.replace(/≡|\(.*\)/g, '').trim());
    expect(shared).to.deep.equal(['Python', 'SQL', 'pandas', 'SQL', 'Python', 'pandas']);
    const firstCell = el.shadowRoot!.querySelector('tbody td')!;
    expect(firstCell.querySelector('li')!.textContent).to.contain('Scala');
    expect(firstCell.textContent).to.contain('(shared by all roles compared)');
    // The mark has a visible key beside the row's title, in either layout.
    const keys = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=shared-key]')].filter(shown);
    expect(keys).to.have.length(1);
    expect(keys[0].textContent!.trim()).to.equal('≡ shared by all roles compared');
    expect(keys[0].closest('[part~=row-header]')!.textContent).to.contain('Technologies');
    await expect(el).to.be.accessible();
    // No technology shared: no key.
    const apart = await compare(html`<role-compare roles="ux-designer,network-engineer" rows="technologies"></role-compare>`);
    expect(apart.shadowRoot!.querySelector('[part~=shared-key]')).to.equal(null);
  });

  it('gives the shared-technology mark a key in Welsh', async () => {
    const page = await fixture(html`<div lang="cy"><role-compare roles="data-engineer,data-analyst" rows="technologies"></role-compare></div>`);
    const el = page.querySelector<RoleCompare>('role-compare')!;
    await settle(el);
    const key = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=shared-key]')].find(shown)!;
    expect(key.textContent!.trim()).to.equal('≡ yn gyffredin i bob rôl a gymharir');
    await expect(el).to.be.accessible();
  });

  it('shows only differing rows when the switch is on, and announces how many are hidden', async () => {
    const el = await compare(html`<role-compare roles="sales-engineer,application-support,qa-test" rows="stack hours technologies"></role-compare>`);
    expect(visibleRows(el)).to.deep.equal(['stack', 'hours', 'technologies']);
    const toggle = el.shadowRoot!.querySelector<HTMLInputElement>('input[role=switch]')!;
    toggle.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(el.differencesOnly).to.equal(true);
    expect(el.hasAttribute('differences-only')).to.equal(true);
    // The seed files all three under "other engineer roles", so that row is the same and hidden.
    expect(visibleRows(el)).to.deep.equal(['hours', 'technologies']);
    expect(el.shadowRoot!.querySelector('.controls [role=status]')!.textContent).to.contain('1 row that is the same for every role is hidden');
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
    expect(focusedPicker(el)).to.equal(0);
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
    expect(focusedPicker(el)).to.equal(3);

    const removes = inTable<HTMLButtonElement>(el, 'remove');
    expect(removes.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Remove Back-end engineer', 'Remove Front-end engineer', 'Remove Infrastructure engineer', 'Remove Full-stack engineer']);
    change = oneEvent(el, 'role-compare-change');
    removes[0].click();
    expect((await change).detail.roles).to.deep.equal(['front-end', 'infrastructure', 'full-stack']);
    await el.updateComplete;
    expect(columnHeaders(el)).to.deep.equal(['Front-end engineer', 'Infrastructure engineer', 'Full-stack engineer']);
    expect(focusedPicker(el)).to.equal(0);
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
    expect(messages).to.deep.equal(['One of the roles chosen for this comparison is not available.', 'Up to 4 roles can be compared at once.']);
    expect(warnings.join('\n')).to.contain('roles names unknown ids (astronaut)');
    await expect(el).to.be.accessible();
    el.diagnostics = true;
    await el.updateComplete;
    const details = parts(el, 'problem-detail').map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(details[0]).to.match(/^Not shown: "astronaut" is not a role\. Valid ids: infrastructure, back-end/);
    expect(details[1]).to.equal('Up to 4 roles can be compared; sales-engineer is not shown.');
  });

  it('groups each picker\'s roles as a careers page does, and names a role outside the stack by its group', async () => {
    const el = await compare(html`<role-compare roles="ux-designer,back-end" rows="stack"></role-compare>`);
    const picker = inTable<HTMLSelectElement>(el, 'picker')[0];
    const groups = [...picker.querySelectorAll('optgroup')];
    expect(groups.map((group) => group.label)).to.deep.equal(['By part of the stack', 'Other engineering roles', 'Data and AI', 'Security', 'Design and writing', 'Leading teams and projects', 'Hardware and games', 'Support and networks']);
    expect([...groups[4].querySelectorAll('option')].map((option) => option.value)).to.deep.equal(['technical-writer', 'ux-designer', 'web-designer', 'user-researcher']);
    expect(picker.querySelectorAll('option')).to.have.length(bundledCatalogue.roles.length);
    expect(picker.value).to.equal('ux-designer');
    const cells = [...el.shadowRoot!.querySelectorAll('[part=table] [data-row=stack] td')].map((td) => td.textContent!.trim());
    expect(cells).to.deep.equal(['Design and writing', 'Back end']);
    // Swapping through a grouped picker still reports the new roles.
    const change = oneEvent(el, 'role-compare-change');
    picker.value = 'penetration-tester';
    picker.dispatchEvent(new Event('change'));
    expect((await change).detail.roles).to.deep.equal(['penetration-tester', 'back-end']);
    await expect(el).to.be.accessible();
  });

  it('keeps one flat list for a catalogue without groups', async () => {
    const roles = bundledCatalogue.roles.slice(0, 3).map(({ family: _family, ...role }) => role);
    const wrapper = await fixture(html`<role-catalogue .catalogue=${{ ...bundledCatalogue, roles }}><role-compare roles="back-end,front-end"></role-compare></role-catalogue>`);
    const el = wrapper.querySelector('role-compare')!;
    await waitFor(() => inTable<HTMLSelectElement>(el, 'picker')[0]?.querySelectorAll('option').length === 3, 'the site catalogue was not used');
    const picker = inTable<HTMLSelectElement>(el, 'picker')[0];
    expect(picker.querySelectorAll('optgroup')).to.have.length(0);
    expect(picker.querySelectorAll('option')).to.have.length(3);
  });

  it('shows the rows asked for, in order', async () => {
    const el = await compare(html`<role-compare roles="back-end,front-end" rows="hours, pay"></role-compare>`);
    expect(rowHeaders(el)).to.deep.equal(['Hours a week', 'Pay, United Kingdom']);
  });

  it('stacks one block per role in a narrow container, with the same data', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst" rows="summary pay hours"></role-compare>`, 360);
    expect(visibleLayout(el)).to.deep.equal(['stacked']);
    const blocks = [...el.shadowRoot!.querySelectorAll('.role-block')];
    expect(blocks.map((b) => b.querySelector('h3')!.textContent)).to.deep.equal(['Data engineer', 'Data analyst']);
    expect(blocks[0].querySelectorAll('dt')).to.have.length(3);
    expect(fitsWidth(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('switches layout when its container is resized', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst"></role-compare>`);
    expect(visibleLayout(el)).to.deep.equal(['table']);
    el.parentElement!.style.width = '400px';
    await waitFor(() => visibleLayout(el).join() === 'stacked', 'the narrow layout was not shown');
    expect(el.shadowRoot!.querySelector('[part=table]'), 'the hidden layout is not rendered').to.equal(null);
    el.parentElement!.style.width = '900px';
    await waitFor(() => visibleLayout(el).join() === 'table', 'the wide layout was not shown again');
    expect(el.shadowRoot!.querySelector('[part=stacked]')).to.equal(null);
  });

  it('moves focus to the picker the reader sees when a column is added in the narrow layout', async () => {
    const el = await compare(html`<role-compare roles="back-end,front-end"></role-compare>`, 360);
    part<HTMLButtonElement>(el, 'add')!.click();
    await el.updateComplete;
    expect(focusedPicker(el)).to.equal(2);
    expect(el.shadowRoot!.activeElement!.closest('[part=stacked]')).to.exist;
  });

  for (const width of [320, 1100]) {
    it(`has the right layout and no overflow in its first frame at ${width}px`, async () => {
      const wrapper = document.createElement('div');
      wrapper.style.width = `${width}px`;
      document.body.append(wrapper);
      try {
        const el = document.createElement('role-compare');
        el.setAttribute('roles', 'back-end,qa-test,data-engineer,sales-engineer');
        // Read inside the first animation frame after connecting: before it, nothing has been painted.
        const firstFrame = new Promise<{ layout: (string | null)[]; overflow: string[] }>((resolve) =>
          requestAnimationFrame(() => resolve({ layout: visibleLayout(el), overflow: overflowing(el) })),
        );
        wrapper.append(el);
        const { layout, overflow } = await firstFrame;
        expect(layout).to.deep.equal([width < 600 ? 'stacked' : 'table']);
        expect(overflow).to.deep.equal([]);
      } finally {
        wrapper.remove();
      }
    });
  }

  it('fits 320 px with four of the new roles, long titles and grouped pickers included', async () => {
    const el = await compare(html`<role-compare roles="security-analyst,machine-learning-engineer,embedded-engineer,product-manager"></role-compare>`, 320);
    expect(visibleLayout(el)).to.deep.equal(['stacked']);
    expect(overflowing(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  // A native select cannot wrap: where it is narrower than its role's title, the reader sees "Application support enginee".
  for (const [width, layout, roles] of [
    [288, 'stacked', 'qa-test,application-support'],
    [360, 'stacked', 'security-analyst,application-support,embedded-engineer'],
    [1068, 'table', 'qa-test,application-support,developer-relations'],
  ] as const) {
    it(`shows each picker's whole role title in the ${layout} layout at ${width}px, the remove button moving under it`, async () => {
      const el = await compare(html`<role-compare roles=${roles}></role-compare>`, width);
      // The demo pages' sans-serif, wider than the test page's default serif, as most sites' fonts are.
      el.parentElement!.style.fontFamily = 'system-ui, sans-serif';
      await settle(el);
      expect(visibleLayout(el)).to.deep.equal([layout]);
      const pickers = parts<HTMLSelectElement>(el, 'picker').filter(shown);
      expect(pickers.map((select) => select.selectedOptions[0].textContent!.trim())).to.deep.equal(
        roles.split(',').map((id) => bundledCatalogue.roles.find((role) => role.id === id)!.title),
      );
      for (const select of pickers) {
        // The width the select asks for to show its chosen title whole: a copy holding that one option, at its natural width.
        const copy = document.createElement('select');
        copy.append(new Option(select.selectedOptions[0].textContent!));
        copy.style.cssText = 'position: absolute; visibility: hidden; width: max-content; min-width: 0; max-width: none; flex: none';
        select.after(copy);
        const needed = copy.getBoundingClientRect().width;
        copy.remove();
        expect(select.getBoundingClientRect().width, select.selectedOptions[0].textContent!).to.be.at.least(needed - 0.5);
      }
      expect(overflowing(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  }

  itIn(['chromium'], 'print media is emulated through the DevTools protocol', 'prints without pickers and with every row', async () => {
    const el = await compare(html`<role-compare roles="data-engineer,data-analyst,qa-test" differences-only></role-compare>`);
    await emulateMedia({ media: 'print' });
    try {
      await waitFor(() => getComputedStyle(part(el, 'controls')!).display === 'none', 'print styles did not apply');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.pickers')!).display).to.equal('none');
      expect(visibleRows(el)).to.have.length(10);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
