/** Hardening: Forced colours, reduced motion and 200% zoom. */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../../elements/role-catalogue/define.js';
import '../../elements/role-card/define.js';
import '../../elements/role-compare/define.js';
import '../../elements/role-finder/define.js';
import '../../elements/salary-band/define.js';
import { engine, itIn, overflowing, settle } from '../helpers.js';

/** Forced colours and reduced motion are emulated through the DevTools protocol, which only Chromium speaks. */
const CDP_ONLY = 'forced-colours and reduced-motion emulation needs the DevTools protocol';

describe('forced colours, reduced motion and zoom', () => {
  afterEach(async () => {
    if (engine !== 'chromium') return;
    await executeServerCommand('emulate-features', [
      { name: 'forced-colors', value: 'none' },
      { name: 'prefers-reduced-motion', value: 'no-preference' },
    ]);
    await emulateMedia({ media: 'screen' });
  });

  itIn(['chromium'], CDP_ONLY, 'draws the salary band in system colours under forced colours', async () => {
    await executeServerCommand('emulate-features', [{ name: 'forced-colors', value: 'active' }]);
    const el = await fixture(html`<salary-band role-id="back-end" value="30000"></salary-band>`);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    const range = getComputedStyle(el.shadowRoot!.querySelector('.range')!);
    const highlight = getComputedStyle(Object.assign(document.body.appendChild(document.createElement('span')), { style: 'color: Highlight' })).color;
    expect(range.fill).to.equal(highlight);
    await expect(el).to.be.accessible();
  });

  itIn(['chromium'], CDP_ONLY, 'keeps whiskers, median and an advert marker apart under forced colours', async () => {
    await executeServerCommand('emulate-features', [{ name: 'forced-colors', value: 'active' }]);
    const el = await fixture(html`<salary-band role-id="back-end" value="30000" value-max="36000"></salary-band>`);
    const style = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);
    const system = (name: string) => getComputedStyle(Object.assign(document.body.appendChild(document.createElement('span')), { style: `color: ${name}` })).color;
    const [track, whisker, median, marker] = ['.track', '.whisker', '.median', '.marker line'].map(style);
    // The track is dotted and thin; the whiskers solid: not one line along the scale.
    expect(track.strokeDasharray).not.to.equal('none');
    expect(whisker.strokeDasharray).to.equal('none');
    expect(whisker.stroke).to.equal(system('CanvasText'));
    // The median is thick and in the highlight's text colour across the highlighted box; the marker is the link colour.
    expect(median.stroke).to.equal(system('HighlightText'));
    expect(parseFloat(median.strokeWidth)).to.be.greaterThan(parseFloat(whisker.strokeWidth));
    expect(marker.stroke).to.equal(system('LinkText'));
    expect(new Set([whisker.stroke, median.stroke, marker.stroke]).size).to.equal(3);
    await expect(el).to.be.accessible();
  });

  itIn(['chromium'], CDP_ONLY, 'stops the disclosure animation under reduced motion', async () => {
    await executeServerCommand('emulate-features', [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    const el = await fixture(html`<role-card role-id="back-end"></role-card>`);
    const summary = el.shadowRoot!.querySelector('.disclosure summary')!;
    expect(getComputedStyle(summary, '::before').transitionDuration).to.equal('0s');
  });

  for (const tag of ['salary-band', 'role-card', 'role-compare', 'role-finder']) {
    it(`${tag} fits 320 px at 200% zoom (160 CSS px) without sideways scrolling`, async () => {
      const wrapper = await fixture(html`<div style="width: 160px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute(tag === 'role-compare' ? 'roles' : 'role-id', tag === 'role-compare' ? 'back-end,qa-test' : 'application-support');
      wrapper.append(el);
      await settle(el);
      expect(overflowing(el)).to.deep.equal([]);
    });
  }
});
