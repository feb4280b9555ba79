/**
 * Hostile data, strict pages, every reader: the library must keep working and keep its host safe.
 */
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { bundledCatalogue, setDefaultCatalogue, type Catalogue } from '../catalogue/index.js';
import '../elements/role-catalogue/define.js';
import type { RoleCatalogue } from '../elements/role-catalogue/role-catalogue.js';
import '../elements/role-card/define.js';
import '../elements/role-compare/define.js';
import '../elements/role-finder/define.js';
import type { RoleFinder } from '../elements/role-finder/role-finder.js';
import '../elements/salary-band/define.js';
import { GUIDE_QUESTIONS } from '../elements/role-finder/guide.js';
import { overflowing, part, shadowElements, shadowText } from './helpers.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const INJECTIONS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1"></svg>',
  '"><script>window.__pwned=1</script>',
  "'><img src=x onerror=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">click me</a>',
  '<iframe src="javascript:window.__pwned=1"></iframe>',
  '<style>*{display:none!important}</style>',
  '<link rel="stylesheet" href="//evil.example/x.css">',
  '${window.__pwned=1}',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<!--',
  '</template><script>window.__pwned=1</script>',
  '<math><mi xlink:href="javascript:window.__pwned=1">x</mi></math>',
  '<details open ontoggle="window.__pwned=1">',
  '<body onload="window.__pwned=1">',
  '<object data="javascript:window.__pwned=1"></object>',
  '<input autofocus onfocus="window.__pwned=1">',
  '<div style="position:fixed;inset:0;background:red;z-index:99999">cover</div>',
  '</div></article></table></ul>',
  '<table><tr><td>broken',
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '\u202Eevil\u202C right-to-left override',
  'مهندس الواجهة الخلفية',
  'zero\u200Bwidth\u200Djoiner\uFEFFand BOM',
  'A'.repeat(10000),
  'word '.repeat(2000),
  'null\u0000byte',
  'emoji 👩‍💻🧪 sequence',
  '<!--?lit$12345$--> lit marker',
  '__proto__',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<form action="https://evil.example"><button>Send</button></form>',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
];

/** Fields that must stay well-formed for the catalogue to be a catalogue at all. */
const STRUCTURAL = new Set(['id', 'stack', 'kind', 'onCall', 'customerContact', 'currency', 'date', 'updated', '$schema', 'workplaces']);

/** The bundled catalogue with every free-text field replaced by an injection string, and every link by a javascript: URL. */
function hostileCatalogue(): Catalogue {
  let next = 0;
  const poison = (value: unknown, key: string): unknown => {
    if (STRUCTURAL.has(key)) return value;
    if (key === 'url') return 'javascript:window.__pwned=1';
    if (typeof value === 'string') return INJECTIONS[next++ % INJECTIONS.length];
    if (Array.isArray(value)) return value.map((item) => poison(item, key));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
    return value;
  };
  return poison(structuredClone(bundledCatalogue), '') as Catalogue;
}

const TAGS = ['salary-band', 'role-card', 'role-compare', 'role-finder', 'role-catalogue'];
const DANGEROUS = new Set(['script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'meta', 'style', 'form', 'math', 'noscript', 'body']);

async function settle(root: Element) {
  for (let round = 0; round < 5; round++) {
    const widgets = [root, ...shadowElements(root)].filter((el) => TAGS.includes(el.localName)) as (Element & { updateComplete: Promise<unknown> })[];
    await Promise.all(widgets.map((el) => el.updateComplete));
  }
}

describe('hardening', () => {
  describe(`hostile catalogue: ${INJECTIONS.length} injection strings in every text field`, () => {
    let hostile: Catalogue;
    before(() => {
      hostile = hostileCatalogue();
      setDefaultCatalogue(hostile);
    });
    after(() => setDefaultCatalogue(bundledCatalogue));

    const cases: [string, () => TemplateResult][] = [
      ['<salary-band> for all 11 roles', () => html`${bundledCatalogue.roles.map((role) => html`<salary-band role-id=${role.id} value="50000"></salary-band>`)}`],
      ['<role-card> full, every role', () => html`${bundledCatalogue.roles.map((role) => html`<role-card role-id=${role.id}></role-card>`)}`],
      ['<role-card> compact, every role', () => html`${bundledCatalogue.roles.map((role) => html`<role-card role-id=${role.id} variant="compact"></role-card>`)}`],
      ['<role-compare> with 4 roles', () => html`<role-compare roles="back-end,qa-test,data-engineer,sales-engineer"></role-compare>`],
      ['<role-finder> with answers and a comparison', () => html`<role-finder .state=${{ text: '', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: { area: 'people', employer: 'many' }, step: GUIDE_QUESTIONS.length, compare: ['back-end', 'qa-test'] }}></role-finder>`],
    ];

    for (const [name, template] of cases) {
      it(`renders ${name} as inert text, inside its box`, async () => {
        window.__pwned = undefined;
        const bodyChildren = document.body.children.length;
        const headChildren = document.head.children.length;
        const wrapper = await fixture(html`<div style="width: 320px">${template()}</div>`);
        for (const el of wrapper.children) await settle(el);
        // Open every disclosure, so hidden content is checked too.
        for (const el of wrapper.children) for (const details of shadowElements(el).filter((e) => e.localName === 'details')) (details as HTMLDetailsElement).open = true;
        await aTimeout(100);

        expect(window.__pwned, 'a payload ran').to.equal(undefined);
        expect(document.head.children.length).to.equal(headChildren);
        expect(document.body.children.length).to.equal(bodyChildren + 1);
        for (const el of wrapper.children) {
          const inside = shadowElements(el);
          expect(inside.filter((node) => DANGEROUS.has(node.localName)).map((node) => node.localName)).to.deep.equal([]);
          expect(inside.filter((node) => [...node.attributes].some((a) => a.name.startsWith('on')))).to.deep.equal([]);
          expect(inside.filter((node) => node instanceof HTMLAnchorElement && !/^https?:$/.test(node.protocol))).to.deep.equal([]);
          expect(overflowing(el as HTMLElement), `${el.localName} overflows its box`).to.deep.equal([]);
        }
        // The strings are there, as text.
        expect(shadowText(wrapper.firstElementChild!) + shadowElements(wrapper.firstElementChild!).map((e) => e.shadowRoot?.textContent ?? '').join('')).to.match(/<|mi|window|evil|A{20}|word|مهندس/);
      });
    }

    it(`shows a hostile catalogue's problems as text in <role-catalogue>`, async () => {
      window.__pwned = undefined;
      const broken = structuredClone(hostile) as unknown as { roles: Record<string, unknown>[] };
      broken.roles[0].stack = '<img src=x onerror="window.__pwned=1">';
      const el = await fixture<RoleCatalogue>(html`<role-catalogue .catalogue=${broken}></role-catalogue>`);
      await aTimeout(100);
      expect(window.__pwned).to.equal(undefined);
      expect(part(el, 'status')!.textContent).to.contain('roles[0].stack: expected one of').and.contain('<img src=x');
      expect(shadowElements(el).some((node) => DANGEROUS.has(node.localName))).to.equal(false);
    });
  });

  describe('strict Content-Security-Policy host page', () => {
    it('renders every element with no violation and fetches nothing but its own files', async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 1100px; height: 900px';
      const loaded = oneEvent(frame, 'load');
      frame.src = '/src/test/pages/strict/index.html';
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as Window & { violations: string[] };
      const doc = frame.contentDocument!;
      await waitUntil(() => shadowText(doc.querySelector('role-finder')!).includes('roles match'), 'finder did not render', { timeout: 5000 });
      await waitUntil(() => shadowText(doc.querySelector('role-catalogue role-card')!).includes('Games engineer'), 'site catalogue not loaded', { timeout: 5000 });
      await waitUntil(() => doc.querySelectorAll('role-catalogue')[1].shadowRoot!.querySelector('[part=status]'), 'invalid catalogue not reported', { timeout: 5000 });

      // Interact: state changes render new templates under the policy too.
      doc.querySelector('role-card[variant=compact]')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=expand]')!.click();
      doc.querySelector('role-compare')!.shadowRoot!.querySelector<HTMLInputElement>('input[role=switch]')!.click();
      doc.querySelector('role-finder')!.shadowRoot!.querySelector<HTMLButtonElement>('.guide button')!.click();
      await aTimeout(200);

      expect(win.violations).to.deep.equal([]);
      const band = doc.querySelector('salary-band')!;
      expect(getComputedStyle(band.shadowRoot!.querySelector('.range')!).fill).not.to.equal('rgb(0, 0, 0)');
      // The test server injects its own socket script into every page it serves; that one is not ours.
      const requested = win.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname)
        .filter((path) => !path.startsWith('/__web-dev-server'));
      expect(requested.sort()).to.deep.equal(
        ['/dist/role-widgets.css', '/dist/role-widgets.js', '/src/test/fixtures/invalid-catalogue.json', '/src/test/fixtures/site-catalogue.json', '/src/test/pages/strict/harness.js'].sort(),
      );
      frame.remove();
    });
  });

  describe('bad external catalogues', () => {
    it('rejects a 5,000-role catalogue with a clear message and keeps the last good one', async () => {
      const el = await fixture<RoleCatalogue>(html`<role-catalogue><role-card role-id="back-end" variant="compact"></role-card></role-catalogue>`);
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
      const fetched = performance.getEntriesByType('resource').slice(before).map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
      expect(fetched).to.deep.equal(['/src/test/fixtures/site-catalogue.json?once']);
    });

    it('stops fetching when removed, and fetches again when re-added', async () => {
      const el = await fixture<RoleCatalogue>(html`<role-catalogue timeout="5000" src="/__slow__/catalogue.json"></role-catalogue>`);
      const parent = el.parentElement!;
      el.remove();
      await aTimeout(50);
      parent.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('Loading role catalogue');
    });
  });

  describe('every element and state is accessible, light and dark', () => {
    const states: [string, () => TemplateResult, ((el: Element) => Promise<void>)?][] = [
      ['salary-band', () => html`<salary-band role-id="back-end"></salary-band>`],
      ['salary-band with a marker, hourly', () => html`<salary-band role-id="qa-test" period="hour" value="30"></salary-band>`],
      ['salary-band with bad input', () => html`<salary-band min="x" max="1" currency="GBP"></salary-band>`],
      ['role-card full, disclosures open', () => html`<role-card role-id="infrastructure"></role-card>`, async (el) => shadowElements(el).forEach((d) => d instanceof HTMLDetailsElement && (d.open = true))],
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
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(compare.shadowRoot!.activeElement?.id).to.equal('add');
      await sendKeys({ press: 'Enter' });
      await settle(compare);
      expect(compare.getAttribute('roles')).to.equal('back-end,front-end,infrastructure');
      expect(compare.hasAttribute('differences-only')).to.equal(true);
      expect(compare.shadowRoot!.activeElement?.id).to.equal('picker-2');
      await sendKeys({ press: 'ArrowDown' });
      await settle(compare);
      expect(compare.getAttribute('roles')).to.match(/^back-end,front-end,(?!infrastructure)/);
    });

    it('role-finder: search, answer every question and reach the results without a mouse', async () => {
      const el = await fixture<RoleFinder>(html`<role-finder></role-finder>`);
      el.shadowRoot!.querySelector<HTMLElement>('#search')!.focus();
      await sendKeys({ type: 'engineer' });
      el.shadowRoot!.querySelector<HTMLElement>('.guide button')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      for (let step = 0; step < GUIDE_QUESTIONS.length; step++) {
        // Focus lands on the question; Tab reaches the first answer, Space picks it.
        expect(el.shadowRoot!.activeElement?.id).to.equal(`question-${step}`);
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Space' });
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

  describe('forced colours, reduced motion and zoom', () => {
    afterEach(async () => {
      await executeServerCommand('emulate-features', [
        { name: 'forced-colors', value: 'none' },
        { name: 'prefers-reduced-motion', value: 'no-preference' },
      ]);
      await emulateMedia({ media: 'screen' });
    });

    it('draws the salary band in system colours under forced colours', async () => {
      await executeServerCommand('emulate-features', [{ name: 'forced-colors', value: 'active' }]);
      const el = await fixture(html`<salary-band role-id="back-end" value="30000"></salary-band>`);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const range = getComputedStyle(el.shadowRoot!.querySelector('.range')!);
      const highlight = getComputedStyle(Object.assign(document.body.appendChild(document.createElement('span')), { style: 'color: Highlight' })).color;
      expect(range.fill).to.equal(highlight);
      await expect(el).to.be.accessible();
    });

    it('stops the disclosure animation under reduced motion', async () => {
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
        await aTimeout(50);
        await settle(el);
        expect(overflowing(el)).to.deep.equal([]);
      });
    }
  });

  describe('host interference', () => {
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
        expect(shadowText(wrapper.children[1])).to.contain('£40–91k');
        expect(warnings.filter((w) => w.includes('mystery-role'))).to.have.length(1);
      } finally {
        console.warn = original;
      }
    });
  });
});
