/**
 * custom-elements.json is what editors, Storybook and linters show a site's developers. Every part
 * an element renders and every --rw-* property its styles read must be documented there, and
 * nothing documented may be missing from what the element renders.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import manifest from '../../custom-elements.json' with { type: 'json' };
import '../elements/role-catalogue/define.js';
import '../elements/role-card/define.js';
import '../elements/role-compare/define.js';
import '../elements/role-finder/define.js';
import '../elements/salary-band/define.js';
import { GUIDE_QUESTIONS } from '../elements/role-finder/guide.js';
import { waitFor } from './helpers.js';

interface Documented {
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
const declarations = (manifest as { modules: { declarations?: Documented[] }[] }).modules.flatMap((module) => module.declarations ?? []);
const documented = (tag: string) => {
  const declaration = declarations.find((d) => d.tagName === tag);
  return { parts: new Set((declaration?.cssParts ?? []).map((p) => p.name)), properties: new Set((declaration?.cssProperties ?? []).map((p) => p.name)) };
};

/** Parts an element exposes: its own `part` names and the names it re-exports with `exportparts`. */
function exposedParts(el: Element): string[] {
  const found = new Set<string>();
  for (const node of el.shadowRoot!.querySelectorAll('[part], [exportparts]')) {
    for (const name of (node.getAttribute('part') ?? '').split(/\s+/).filter(Boolean)) found.add(name);
    for (const entry of (node.getAttribute('exportparts') ?? '').split(',').filter((e) => e.trim())) found.add(entry.split(':').at(-1)!.trim());
  }
  return [...found];
}

/** Custom properties of the public --rw-* family that the element's own style sheets read. */
function readProperties(el: Element): string[] {
  const text = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  return [...new Set(text.match(/--rw-[a-z-]+/g) ?? [])];
}

const slow = '/__slow__/catalogue.json';
const finderState = { text: '', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: { area: 'data' }, step: GUIDE_QUESTIONS.length, compare: ['data-engineer', 'data-analyst'] };

/** A job advert whose title only comes close to a role ("Software Engineer"): a weak match, with its note. */
const weakAdvert = (element: string) =>
  unsafeHTML(`<script type="application/ld+json" id="manifest-advert">${JSON.stringify({ '@type': 'JobPosting', title: 'Software Engineer', jobLocation: { '@type': 'Place', address: { addressCountry: 'GB' } } })}</script>${element}`);

/** Each element in the states that between them render every part it has. */
const STATES: Record<string, (TemplateResult | [TemplateResult, string])[]> = {
  'salary-band': [
    html`<salary-band role-id="back-end" value="50000" value-label="Offer"></salary-band>`,
    html`<salary-band min="x" max="1" currency="GBP" diagnostics></salary-band>`,
    html`<salary-band job-title="Head Chef" value="32000" pay-unit="year"></salary-band>`,
    html`${weakAdvert('<salary-band job-posting="manifest-advert"></salary-band>')}`,
    html`<role-catalogue src=${slow}><salary-band role-id="games-engineer"></salary-band></role-catalogue>`,
  ],
  'role-card': [
    html`<role-card role-id="back-end"></role-card>`,
    html`<role-card role-id="back-end" variant="compact"></role-card>`,
    html`<role-card role-id="nobody" diagnostics></role-card>`,
    html`${weakAdvert('<role-card job-posting="manifest-advert"></role-card>')}`,
    html`<role-catalogue src=${slow}><role-card role-id="games-engineer"></role-card></role-catalogue>`,
    // A catalogue in pieces: texts on their way, and texts that could not be loaded.
    [html`<role-catalogue src="/dist/catalogue/index.json" texts-src="/__slow__/{lang}/{id}.json"><role-card role-id="qa-test"></role-card></role-catalogue>`, 'texts-loading'],
    [html`<role-catalogue src="/dist/catalogue/index.json" texts-src="/no-such-folder/{lang}/{id}.json"><role-card role-id="qa-test"></role-card></role-catalogue>`, 'retry'],
  ],
  'role-compare': [
    html`<div style="width: 1000px"><role-compare roles="back-end,front-end,data-analyst,astronaut" diagnostics></role-compare></div>`,
    html`<role-compare roles="data-engineer,data-analyst"></role-compare>`,
    // Narrow, it renders its other layout (one block per role) instead of the table.
    [html`<div style="width: 360px"><role-compare roles="data-engineer,data-analyst"></role-compare></div>`, 'stacked'],
    html`<role-catalogue src=${slow}><role-compare roles="games-engineer,tester"></role-compare></role-catalogue>`,
    [html`<role-catalogue src="/dist/catalogue/index.json" texts-src="/__slow__/{lang}/{id}.json"><role-compare roles="qa-test,back-end" rows="summary"></role-compare></role-catalogue>`, 'texts-loading'],
    [html`<role-catalogue src="/dist/catalogue/index.json" texts-src="/no-such-folder/{lang}/{id}.json"><role-compare roles="qa-test,back-end" rows="summary"></role-compare></role-catalogue>`, 'retry'],
  ],
  'role-finder': [
    html`<role-finder .state=${finderState}></role-finder>`,
    html`<role-finder .state=${{ ...finderState, step: 1, compare: [] }}></role-finder>`,
    html`<role-finder .state=${{ ...finderState, text: 'astronaut', answers: {}, step: -1, compare: [] }}></role-finder>`,
    html`<role-catalogue src=${slow}><role-finder></role-finder></role-catalogue>`,
  ],
  'role-catalogue': [html`<role-catalogue diagnostics .catalogue=${{ roles: 'none' }}></role-catalogue>`],
};

describe('custom-elements.json documents what the elements expose', () => {
  for (const [tag, states] of Object.entries(STATES)) {
    it(`<${tag}>: every part and --rw-* property is documented, and everything documented is there`, async () => {
      const parts = new Set<string>();
      const properties = new Set<string>();
      for (const entry of states) {
        // A state that arrives later (a piece that fails) names the part to wait for.
        const [state, awaited] = Array.isArray(entry) ? entry : [entry];
        const wrapper = await fixture(html`<div>${state}</div>`);
        const el = wrapper.querySelector(tag)!;
        await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
        await waitFor(() => el.shadowRoot!.childElementCount > 0 && (!awaited || el.shadowRoot!.querySelector(`[part~="${awaited}"]`)), `<${tag}> did not render${awaited ? ` its ${awaited} part` : ''}`);
        // An element reading a job advert renders it once the reader's code has loaded.
        await waitFor(() => !(el as Element & { jobPostingMatch?: { loading?: boolean } }).jobPostingMatch?.loading, `<${tag}> did not read the job advert`);
        await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
        exposedParts(el).forEach((name) => parts.add(name));
        readProperties(el).forEach((name) => properties.add(name));
      }
      const docs = documented(tag);
      expect([...parts].filter((name) => !docs.parts.has(name)), 'parts rendered but not documented').to.deep.equal([]);
      expect([...docs.parts].filter((name) => !parts.has(name)), 'parts documented but never rendered').to.deep.equal([]);
      expect([...properties].filter((name) => !docs.properties.has(name)), 'custom properties read but not documented').to.deep.equal([]);
      expect([...docs.properties].filter((name) => !properties.has(name)), 'custom properties documented but never read').to.deep.equal([]);
    });
  }
});
