/**
 * Hardening: printing. Paper cannot open a disclosure or press a button, so while the page prints
 * every folded section is open and the controls are left off. The opening is script (beforeprint),
 * tried in every engine; the print styles need print media emulated, which only Chromium's driver offers.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../elements/role-card/define.js';
import '../../elements/role-finder/define.js';
import '../../elements/salary-band/define.js';
import type { RoleFinder } from '../../elements/role-finder/role-finder.js';
import { engine, itIn, part, settle, shadowElements, shadowText, waitFor } from '../helpers.js';

const printing = async (root: Element, type: 'beforeprint' | 'afterprint') => {
  window.dispatchEvent(new Event(type));
  await settle(root);
};
const folded = (root: Element) => shadowElements(root).filter((el): el is HTMLDetailsElement => el instanceof HTMLDetailsElement);

describe('printing', () => {
  // Only Chromium's driver emulates media: asked of Firefox's (WebDriver BiDi), the runner itself fails.
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ media: 'screen' });
  });

  it('opens every section of a card, its pay source included, and folds again after, leaving what the reader opened', async () => {
    const card = await fixture(html`<role-card role-id="back-end"></role-card>`);
    await settle(card);
    const sections = folded(card);
    expect(sections.length).to.be.greaterThan(5);
    expect(sections.every((details) => !details.open)).to.equal(true);
    // The reader opened the duties before printing.
    const duties = card.shadowRoot!.querySelector<HTMLDetailsElement>('details[data-section=duties]')!;
    duties.open = true;
    await waitFor(() => shadowText(card).includes('Build and maintain') || duties.querySelector('li'), 'the duties did not open');
    await printing(card, 'beforeprint');
    expect(folded(card).every((details) => details.open)).to.equal(true);
    // The content of each folded section is there to print, not only its heading.
    for (const section of ['duties', 'environment', 'requirements', 'prospects', 'questions']) {
      const body = card.shadowRoot!.querySelector(`details[data-section=${section}] .disclosure-body`)!;
      expect(body.textContent!.trim().length, section).to.be.greaterThan(20);
    }
    const band = card.shadowRoot!.querySelector('salary-band')!;
    expect(part<HTMLDetailsElement>(band, 'source')!.open).to.equal(true);
    await expect(card).to.be.accessible();
    await printing(card, 'afterprint');
    expect(duties.open).to.equal(true);
    expect(folded(card).filter((details) => details !== duties).every((details) => !details.open)).to.equal(true);
  });

  itIn(['chromium'], 'print media is emulated through the DevTools protocol', 'leaves the card\'s and the finder\'s controls off the paper', async () => {
    const finder = await fixture<RoleFinder>(html`<role-finder></role-finder>`);
    await settle(finder);
    const box = finder.shadowRoot!.querySelector<HTMLInputElement>('.compare-check input')!;
    box.click();
    await settle(finder);
    const card = finder.shadowRoot!.querySelector('role-card')!;
    await emulateMedia({ media: 'print' });
    await waitFor(() => getComputedStyle(part(finder, 'filters')!).display === 'none', 'print styles did not apply');
    for (const name of ['guide', 'skip', 'more', 'tray']) expect(getComputedStyle(part(finder, name)!).display, name).to.equal('none');
    expect(getComputedStyle(box.closest('label')!).display).to.equal('none');
    expect(getComputedStyle(part(card, 'expand')!).display).to.equal('none');
    // What a reader came for stays: the results and their pay.
    expect(getComputedStyle(part(finder, 'results')!).display).not.to.equal('none');
    expect(getComputedStyle(card.shadowRoot!.querySelector('salary-band')!).display).not.to.equal('none');
  });
});
