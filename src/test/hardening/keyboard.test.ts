/** Hardening: Every path through the elements without a mouse. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../elements/role-catalogue/define.js';
import '../../elements/role-card/define.js';
import '../../elements/role-compare/define.js';
import '../../elements/role-finder/define.js';
import '../../elements/salary-band/define.js';
import type { RoleFinder } from '../../elements/role-finder/role-finder.js';
import { GUIDE_QUESTIONS } from '../../elements/role-finder/guide.js';
import { settle, shadowText, typeText } from '../helpers.js';

describe('keyboard only', () => {
  it('role-card: Tab to the expand button, Enter, then open a disclosure', async () => {
    const el = await fixture(html`<role-card role-id="back-end" variant="compact"></role-card>`);
    (el.shadowRoot!.querySelector('[part=expand]') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part=expand]')!.getAttribute('aria-expanded')).to.equal('true');
    el.shadowRoot!.querySelector<HTMLElement>('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.querySelector('details')!.open).to.equal(true);
  });

  it('role-compare: switch, add a column and change a role with the keyboard', async () => {
    const el = await fixture(html`<div style="width: 1000px"><role-compare roles="back-end,front-end"></role-compare></div>`);
    const compare = el.firstElementChild!;
    await settle(compare);
    compare.shadowRoot!.querySelector<HTMLElement>('input[role=switch]')!.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(compare.shadowRoot!.activeElement?.id).to.equal('add');
    await sendKeys({ press: 'Enter' });
    await settle(compare);
    expect(compare.getAttribute('roles')).to.equal('back-end,front-end,infrastructure');
    expect(compare.hasAttribute('differences-only')).to.equal(true);
    expect((compare.shadowRoot!.activeElement as HTMLElement | null)?.dataset.column).to.equal('2');
    await sendKeys({ press: 'ArrowDown' });
    await settle(compare);
    expect(compare.getAttribute('roles')).to.match(/^back-end,front-end,(?!infrastructure)/);
  });

  it('role-finder: search, answer every question and reach the results without a mouse', async () => {
    const el = await fixture<RoleFinder>(html`<role-finder></role-finder>`);
    el.shadowRoot!.querySelector<HTMLElement>('#search')!.focus();
    await typeText('engineer');
    el.shadowRoot!.querySelector<HTMLElement>('.guide button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let step = 0; step < GUIDE_QUESTIONS.length; step++) {
      // Focus lands on the question; Tab reaches the first answer, Space picks it.
      expect(el.shadowRoot!.activeElement?.id).to.equal(`question-${step}`);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      const next = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.guide .buttons button')].at(-1)!;
      next.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    }
    expect(Object.keys(el.state.answers)).to.have.length(GUIDE_QUESTIONS.length);
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
    expect(shadowText(el)).to.contain('best fit first');
  });
});
