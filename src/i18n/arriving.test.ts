/**
 * A Welsh page does not jump while its language loads: once the elements are defined, the space
 * role-widgets.css reserved for them stays until their first render in Welsh. The built Welsh
 * chunk is held back by the test server (`/__held__/<nonce>/…`) until the test opens its gate.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { shadowText, waitFor } from '../test/helpers.js';

type FrameWindow = Window & typeof globalThis & { reserved: number[] };
const TAGS = ['role-finder', 'role-compare', 'role-card', 'salary-band'];

/** Two frames of the page drawn, so a change of layout has been laid out and reported. */
const drawn = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

describe('a Welsh page while its language loads', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const width of [320, 1100]) {
    it(`keeps each element's reserved space until it renders in Welsh, without layout shift, at ${width} px`, async () => {
      const nonce = `arriving-${width}-${Math.random().toString(36).slice(2)}`;
      const frame = document.createElement('iframe');
      Object.assign(frame.style, { width: `${width}px`, height: '900px', border: '0' });
      frame.src = `/__held__/${nonce}/src/test/pages/welsh-arriving.html`;
      document.body.append(frame);
      // Not the frame's load event: Firefox and WebKit hold it back until the Welsh chunk is in.
      await waitFor(() => (frame.contentWindow as FrameWindow | null)?.reserved, 'the page did not load');
      const win = frame.contentWindow as FrameWindow;
      const doc = frame.contentDocument!;

      // Layout shift is reported only by Chromium; elsewhere the heights say the same.
      const measuresShift = win.PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
      let shift = 0;
      if (measuresShift) {
        new win.PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      }

      const elements = TAGS.map((tag) => doc.querySelector(tag)!);
      const heights = () => elements.map((el) => Math.round(el.getBoundingClientRect().height));
      const reserved = win.reserved.map(Math.round);
      expect(reserved.every((height) => height > 100), `reserved ${reserved}`).to.equal(true);

      await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
      await drawn(win);
      // Defined, the Welsh still held back: nothing rendered yet, and every element as tall as before.
      expect(elements.map((el) => shadowText(el))).to.deep.equal(['', '', '', '']);
      expect(heights()).to.deep.equal(reserved);

      await executeServerCommand('open-gate', nonce);
      await waitFor(() => shadowText(elements[0]).includes('rôl yn cyfateb') && shadowText(elements[1]).includes('Cyflog'), 'the Welsh did not arrive');
      await drawn(win);
      // In Welsh, each element no shorter than the space it was given (the page below moved down, not up and down again).
      heights().forEach((height, index) => expect(height, TAGS[index]).to.be.at.least(reserved[index] - 1));
      if (measuresShift) expect(shift, 'cumulative layout shift').to.equal(0);
    });
  }
});
