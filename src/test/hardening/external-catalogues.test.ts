/** Hardening: Catalogues from elsewhere that are too big, slow or removed mid-fetch. */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../elements/role-catalogue/define.js';
import '../../elements/role-card/define.js';
import '../../elements/role-compare/define.js';
import '../../elements/role-finder/define.js';
import '../../elements/salary-band/define.js';
import type { RoleCatalogue } from '../../elements/role-catalogue/role-catalogue.js';
import { expectResources, shadowText } from '../helpers.js';

describe('bad external catalogues', () => {
  it('rejects a 5,000-role catalogue with a clear message and keeps the last good one', async function () {
    // A generous timeout, the test's and the element's: this is about the catalogue's size, and a busy machine may take many seconds to serve and parse 5,000 roles.
    this.timeout(150000);
    const el = await fixture<RoleCatalogue>(html`<role-catalogue timeout="120000"><role-card role-id="back-end" variant="compact"></role-card></role-catalogue>`);
    const error = oneEvent(el, 'role-catalogue-error');
    el.src = '/__generated__/catalogue-5000.json';
    expect((await error).detail.problems).to.deep.equal(['roles: must have at most 500 roles']);
    await el.updateComplete;
    const card = el.querySelector('role-card')!;
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Back-end engineer');
    // The page keeps working: the card still expands.
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part=expand]')!.click();
    await card.updateComplete;
    expect(shadowText(card)).to.contain('Day-to-day duties');
  });

  it('fetches only the given URL, once', async () => {
    const before = performance.getEntriesByType('resource').length;
    const el = await fixture<RoleCatalogue>(html`<role-catalogue src="/src/test/fixtures/site-catalogue.json?once"></role-catalogue>`);
    await el.loaded;
    const fetched = () => performance.getEntriesByType('resource').slice(before).map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
    await expectResources(fetched, ['/src/test/fixtures/site-catalogue.json?once']);
  });

  it('stops fetching when removed, and fetches again when re-added', async () => {
    const el = await fixture<RoleCatalogue>(html`<role-catalogue timeout="5000" src="/__slow__/catalogue.json"></role-catalogue>`);
    const parent = el.parentElement!;
    el.remove();
    // Removing aborts the fetch; loaded settles once it has stopped.
    await el.loaded;
    parent.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Loading role catalogue');
  });
});
