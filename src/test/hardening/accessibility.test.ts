/** Hardening: axe on every element and state, on light and dark pages. */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../elements/role-catalogue/define.js';
import '../../elements/role-card/define.js';
import '../../elements/role-compare/define.js';
import '../../elements/role-finder/define.js';
import '../../elements/salary-band/define.js';
import { GUIDE_QUESTIONS } from '../../elements/role-finder/guide.js';
import { openDisclosures, settle } from '../helpers.js';

describe('every element and state is accessible, light and dark', () => {
  const states: [string, () => TemplateResult, ((el: Element) => Promise<void>)?][] = [
    ['salary-band', () => html`<salary-band role-id="back-end"></salary-band>`],
    ['salary-band with a marker, hourly', () => html`<salary-band role-id="qa-test" period="hour" value="30"></salary-band>`],
    ['salary-band with bad input', () => html`<salary-band min="x" max="1" currency="GBP"></salary-band>`],
    ['role-card full, disclosures open', () => html`<role-card role-id="infrastructure"></role-card>`, (el) => openDisclosures(el)],
    ['role-card compact', () => html`<role-card role-id="sales-engineer" variant="compact"></role-card>`],
    ['role-card compact, expanded', () => html`<role-card role-id="ai-engineer" variant="compact"></role-card>`, async (el) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=expand]')!.click()],
    ['role-card for an unknown role', () => html`<role-card role-id="nobody"></role-card>`],
    ['role-compare', () => html`<role-compare roles="back-end,front-end,full-stack"></role-compare>`],
    ['role-compare, differences only', () => html`<role-compare roles="data-engineer,data-analyst" differences-only></role-compare>`],
    ['role-finder', () => html`<role-finder></role-finder>`],
    ['role-finder on a question', () => html`<role-finder .state=${{ text: '', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: { area: 'data' }, step: 1, compare: [] }}></role-finder>`],
    ['role-finder with ranked results and a comparison', () => html`<role-finder .state=${{ text: '', stack: '', technologies: ['Python'], salaryFloor: 0, customer: '', onCall: '', answers: { area: 'data', code: 'some' }, step: GUIDE_QUESTIONS.length, compare: ['data-engineer', 'data-analyst'] }}></role-finder>`],
    ['role-finder with nothing found', () => html`<role-finder .state=${{ text: 'astronaut', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: {}, step: -1, compare: [] }}></role-finder>`],
  ];
  for (const theme of ['light', 'dark'] as const) {
    for (const [name, template, prepare] of states) {
      it(`${name}: no axe violations on a ${theme} page`, async () => {
        const style = theme === 'dark' ? 'color: #e9ecef; background: #16181d; padding: 8px' : 'color: #1c1e21; background: #ffffff; padding: 8px';
        const wrapper = await fixture(html`<div style=${style}>${template()}</div>`);
        const el = wrapper.firstElementChild!;
        await settle(el);
        if (prepare) {
          await prepare(el);
          await settle(el);
        }
        await expect(wrapper).to.be.accessible();
      });
    }
  }
});
