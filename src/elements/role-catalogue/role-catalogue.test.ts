import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { bundledCatalogue, setDefaultCatalogue, type Catalogue } from '../../catalogue/index.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import './define.js';
import type { RoleCatalogue } from './role-catalogue.js';
import { waitFor } from '../../test/helpers.js';

/** A minimal consumer that shows what the context gives it, as any element would read it. */
class CatalogueProbe extends RoleWidgetElement {
  protected override render() {
    return litHtml`<span>${this.catalogueLoading ? 'loading' : 'ready'}: ${this.catalogue.roles.map((r) => r.id).join(',')}</span>`;
  }
}
customElements.define('catalogue-probe', CatalogueProbe);

const probeText = (root: Element) => root.querySelector('catalogue-probe')!.shadowRoot!.textContent!.trim();
const fixtures = '/src/test/fixtures';

function siteCatalogue(): Catalogue {
  const catalogue = structuredClone(bundledCatalogue);
  catalogue.roles = [catalogue.roles[1]];
  return catalogue;
}

describe('<role-catalogue>', () => {
  it('leaves elements outside any provider on the bundled catalogue', async () => {
    const el = await fixture(html`<div><catalogue-probe></catalogue-probe></div>`);
    expect(probeText(el)).to.equal(`ready: ${bundledCatalogue.roles.map((r) => r.id).join(',')}`);
  });

  it('answers elements outside any provider from the page root, and a new default reaches them at once', async () => {
    const el = await fixture(html`<div><catalogue-probe></catalogue-probe></div>`);
    const probe = el.querySelector('catalogue-probe') as CatalogueProbe;
    // Answered by the root provider: nothing is left waiting for a provider that never comes.
    expect((probe as unknown as { catalogueState?: unknown }).catalogueState).to.exist;
    try {
      setDefaultCatalogue(siteCatalogue());
      await probe.updateComplete;
      expect(probeText(el)).to.equal('ready: back-end');
    } finally {
      setDefaultCatalogue(bundledCatalogue);
    }
    await probe.updateComplete;
    expect(probeText(el)).to.equal(`ready: ${bundledCatalogue.roles.map((r) => r.id).join(',')}`);
  });

  it('provides a catalogue given as a property', async () => {
    const el = await fixture<RoleCatalogue>(html`<role-catalogue .catalogue=${siteCatalogue()}><catalogue-probe></catalogue-probe></role-catalogue>`);
    await el.updateComplete;
    expect(probeText(el)).to.equal('ready: back-end');
  });

  it('validates a property catalogue once and fires one role-catalogue-load on its first update', async () => {
    const el = document.createElement('role-catalogue');
    const loads: unknown[] = [];
    el.addEventListener('role-catalogue-load', (event) => loads.push((event as CustomEvent).detail));
    el.catalogue = siteCatalogue();
    document.body.append(el);
    try {
      await el.updateComplete;
      await el.loaded;
      expect(loads).to.have.length(1);
      // A later change of mode re-applies the catalogue: one more load, not two.
      el.mode = 'extend';
      await el.updateComplete;
      await waitFor(() => loads.length >= 2, 'mode change did not reload');
      await el.updateComplete;
      expect(loads).to.have.length(2);
    } finally {
      el.remove();
    }
  });

  it('rejects an invalid property catalogue, shows why, and keeps the last good one', async () => {
    const el = await fixture<RoleCatalogue>(html`<role-catalogue .catalogue=${siteCatalogue()}><catalogue-probe></catalogue-probe></role-catalogue>`);
    const bad = { ...siteCatalogue(), roles: [{ id: 'x' }] };
    const error = oneEvent(el, 'role-catalogue-error');
    el.catalogue = bad;
    const { detail } = await error;
    expect(detail.problems.join('\n')).to.contain('roles[0].title: is required but missing');
    await el.updateComplete;
    expect(probeText(el)).to.equal('ready: back-end');
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('could not be loaded');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
  });

  it('fetches, validates and provides a catalogue from src', async () => {
    const el = await fixture<RoleCatalogue>(html`<role-catalogue src="${fixtures}/site-catalogue.json"><catalogue-probe></catalogue-probe></role-catalogue>`);
    expect(probeText(el)).to.match(/^loading/);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Loading role catalogue');
    await el.loaded;
    await el.updateComplete;
    expect(probeText(el)).to.equal('ready: games-engineer');
  });

  it('extends the bundled catalogue with mode="extend"', async () => {
    const el = await fixture<RoleCatalogue>(html`<role-catalogue mode="extend" src="${fixtures}/site-catalogue.json"><catalogue-probe></catalogue-probe></role-catalogue>`);
    await el.loaded;
    await el.updateComplete;
    expect(probeText(el)).to.equal(`ready: ${[...bundledCatalogue.roles.map((r) => r.id), 'games-engineer'].join(',')}`);
  });

  const failures: [string, string, RegExp][] = [
    ['a missing file', 'missing.json', /missing\.json: the server answered 404/],
    ['text that is not JSON', 'not-json.json', /not valid JSON/],
    ['a catalogue that breaks the schema', 'invalid-catalogue.json', /roles\[0\]\.id: must be lower-case/],
    ['a host that cannot be reached', 'http://127.0.0.1:9/catalogue.json', /could not be fetched/],
  ];
  for (const [name, file, message] of failures) {
    it(`announces ${name} in src and keeps the last good catalogue`, async () => {
      const el = await fixture<RoleCatalogue>(html`<role-catalogue .catalogue=${siteCatalogue()}><catalogue-probe></catalogue-probe></role-catalogue>`);
      const error = oneEvent(el, 'role-catalogue-error');
      el.src = file.startsWith('http') ? file : `${fixtures}/${file}`;
      const { detail } = await error;
      expect(detail.problems.join('\n')).to.match(message);
      await el.updateComplete;
      expect(probeText(el)).to.equal('ready: back-end');
      // Readers are told plainly; the file's problem is for the site's editors (diagnostics), the console and the event.
      const status = el.shadowRoot!.querySelector('[part=status]')!;
      expect(status.textContent).to.contain('could not be loaded').and.not.match(message);
      await expect(el).to.be.accessible();
      el.diagnostics = true;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=problem-detail]')!.textContent).to.match(message);
      await expect(el).to.be.accessible();
    });
  }

  it('gives up on a slow src after its timeout', async () => {
    // The test server answers /__slow__/ only once the client has given up.
    const el = await fixture<RoleCatalogue>(html`<role-catalogue timeout="50" src="/__slow__/catalogue.json"><catalogue-probe></catalogue-probe></role-catalogue>`);
    await waitFor(() => el.shadowRoot!.querySelector('[part=status]'), 'no error shown');
    el.diagnostics = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=status]')!.textContent).to.contain('no answer within 0.05 seconds');
  });
});
