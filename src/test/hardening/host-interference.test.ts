/** Hardening: What host pages do to elements: hostile CSS, attribute churn, markup replaced, many instances. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/role-catalogue/define.js';
import '../../elements/role-card/define.js';
import '../../elements/role-compare/define.js';
import '../../elements/role-finder/define.js';
import '../../elements/salary-band/define.js';
import { compactMoney, settle, shadowText } from '../helpers.js';

describe('host interference', () => {
  // Server-rendering frameworks (Next.js, Nuxt) compare the host's attributes with their own markup while hydrating.
  it('writes no attribute onto a host that the author did not write', async () => {
    const wrapper = await fixture(html`<div>
      <salary-band role-id="back-end"></salary-band><salary-band min="1" max="2" currency="GBP"></salary-band>
      <role-card role-id="qa-test"></role-card><role-card role-id="back-end" variant="compact"></role-card>
      <role-compare></role-compare><role-compare roles="back-end,qa-test"></role-compare>
      <role-finder></role-finder>
      <role-catalogue><salary-band role-id="front-end"></salary-band></role-catalogue>
    </div>`);
    const hosts = [...wrapper.querySelectorAll('*')];
    const written = hosts.map((el) => `${el.localName} ${el.getAttributeNames().join(' ')}`);
    for (const el of hosts) await settle(el);
    expect(hosts.map((el) => `${el.localName} ${el.getAttributeNames().join(' ')}`)).to.deep.equal(written);
  });

  it('keeps every element unchanged under aggressive global CSS', async () => {
    const template = html`<div style="width: 600px">
      <salary-band role-id="back-end"></salary-band><role-card role-id="qa-test"></role-card>
      <role-compare roles="back-end,qa-test"></role-compare><role-finder></role-finder>
    </div>`;
    const measure = async () => {
      const wrapper = await fixture(template);
      for (const el of wrapper.children) await settle(el);
      return [...wrapper.children].map((el) => `${el.localName}:${Math.round(el.getBoundingClientRect().height)}`);
    };
    const before = await measure();
    const hostile = document.createElement('style');
    hostile.textContent = `* { box-sizing: content-box !important; } h1,h2,h3,h4,h5,h6 { color: red; font-size: 60px; text-transform: uppercase }
      p, li, ul, table, td, th, button, select, input, label, details, summary, svg, div { margin: 3em !important; padding: 2em !important; }
      button, select, input { background: hotpink !important; } svg { display: none !important } [part] { display: none !important }`;
    document.head.append(hostile);
    try {
      expect(await measure()).to.deep.equal(before);
    } finally {
      hostile.remove();
    }
  });

  const ATTRIBUTES: Record<string, Record<string, string>> = {
    'salary-band': { 'role-id': 'qa-test', region: 'US', period: 'month', value: '9000', 'value-label': 'Offer', 'scale-min': '0', 'scale-max': '20000', 'full-figures': '', locale: 'en-US' },
    'role-card': { 'role-id': 'qa-test', variant: 'compact', sections: 'pay hours', 'heading-level': '2', region: 'US', locale: 'en-US' },
    'role-compare': { roles: 'qa-test,back-end', rows: 'pay hours', 'differences-only': '', region: 'US', 'heading-level': '2', locale: 'en-US' },
    'role-finder': { 'sync-url': '', 'heading-level': '4', region: 'US', locale: 'en-US' },
  };
  for (const [tag, attributes] of Object.entries(ATTRIBUTES)) {
    it(`${tag} keeps working when each of its ${Object.keys(attributes).length} attributes is set and then removed`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const el = await fixture(html`<div style="width: 700px"></div>`);
        const widget = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
        el.append(widget);
        await settle(widget);
        for (const name of Object.keys(attributes)) {
          widget.removeAttribute(name);
          await settle(widget);
        }
        expect(errors).to.deep.equal([]);
        expect(widget.shadowRoot!.childElementCount).to.be.greaterThan(0);
        expect(shadowText(widget)).not.to.match(/undefined|null|NaN/);
      } finally {
        window.removeEventListener('error', onError);
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  }

  it('survives a framework replacing its markup 20 times', async () => {
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    for (let i = 0; i < 20; i++) {
      // What a naive framework or CMS preview does: throw the old elements away and parse new markup.
      container.innerHTML = `<role-card role-id="${i % 2 ? 'back-end' : 'qa-test'}" variant="compact"></role-card><salary-band role-id="data-analyst" value="${30000 + i * 1000}"></salary-band><role-compare roles="back-end,qa-test"></role-compare>`;
      await Promise.all([...container.children].map((el) => settle(el)));
    }
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(shadowText(container.querySelector('role-card')!)).to.contain('Back-end engineer');
    expect(shadowText(container.querySelector('salary-band')!)).to.contain('£49,000');
  });

  it('leaves no listeners behind when elements are moved, removed and re-added', async () => {
    const added = new Map<string, number>();
    const originalAdd = window.addEventListener;
    const originalRemove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) + 1);
      return (originalAdd as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      added.set(type, (added.get(type) ?? 0) - 1);
      return (originalRemove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const [first, second] = [await fixture(html`<div></div>`), await fixture(html`<div></div>`)];
      const finder = Object.assign(document.createElement('role-finder'), { syncUrl: true });
      const compare = Object.assign(document.createElement('role-compare'), { roles: 'back-end,qa-test' });
      for (let i = 0; i < 10; i++) {
        (i % 2 ? first : second).append(finder, compare);
        await settle(finder);
      }
      finder.remove();
      compare.remove();
      expect(added.get('hashchange') ?? 0).to.equal(0);
    } finally {
      window.addEventListener = originalAdd;
      window.removeEventListener = originalRemove;
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('renders 200 instances on one page and warns once for a repeated mistake', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const wrapper = await fixture(html`<div>${Array.from({ length: 200 }, (_, i) => html`<salary-band role-id=${i % 2 ? 'back-end' : 'mystery-role'}></salary-band>`)}</div>`);
      for (const el of wrapper.children) await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
      expect(wrapper.querySelectorAll('salary-band')).to.have.length(200);
      expect(shadowText(wrapper.children[1])).to.contain(compactMoney(42289, 75794));
      expect(warnings.filter((w) => w.includes('mystery-role'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});
