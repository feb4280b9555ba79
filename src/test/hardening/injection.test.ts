/** Hardening: Hostile catalogue text must render as inert text that stays inside its box. */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { bundledCatalogue, setDefaultCatalogue, type Catalogue } from '../../catalogue/index.js';
import '../../elements/role-catalogue/define.js';
import '../../elements/role-card/define.js';
import '../../elements/role-compare/define.js';
import '../../elements/role-finder/define.js';
import '../../elements/salary-band/define.js';
import type { RoleCatalogue } from '../../elements/role-catalogue/role-catalogue.js';
import { GUIDE_QUESTIONS } from '../../elements/role-finder/guide.js';
import { openDisclosures, overflowing, part, settle, shadowElements, shadowText, waitFor } from '../helpers.js';

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

const DANGEROUS = new Set(['script', 'img', 'iframe', 'object', 'embed', 'link', 'base', 'meta', 'style', 'form', 'math', 'noscript', 'body']);

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

describe(`hostile catalogue: ${INJECTIONS.length} injection strings in every text field`, () => {
  let hostile: Catalogue;
  before(() => {
    hostile = hostileCatalogue();
    setDefaultCatalogue(hostile);
  });
  after(() => setDefaultCatalogue(bundledCatalogue));

  const cases: [string, () => TemplateResult][] = [
    ['<salary-band> for every role', () => html`${bundledCatalogue.roles.map((role) => html`<salary-band role-id=${role.id} value="50000"></salary-band>`)}`],
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
      for (const el of wrapper.children) await openDisclosures(el);
      // Layout is read synchronously below; no payload can run later, as no element that could carry one exists.

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
    // The problems are shown in an editor's preview (diagnostics); readers see only that the catalogue could not be loaded.
    const el = await fixture<RoleCatalogue>(html`<role-catalogue diagnostics .catalogue=${broken}></role-catalogue>`);
    await waitFor(() => part(el, 'status'), 'the problems were not shown');
    expect(window.__pwned).to.equal(undefined);
    expect(part(el, 'status')!.textContent).to.contain('roles[0].stack: expected one of').and.contain('<img src=x');
    expect(shadowElements(el).some((node) => DANGEROUS.has(node.localName))).to.equal(false);
  });
});
