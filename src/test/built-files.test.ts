/**
 * These tests load what ships (dist/), not the sources: the files a recruitment site puts in a
 * script tag, the classic build, the catalogue-free build, per-element npm modules, server-rendered
 * HTML and the command line. `npm test` builds dist/ before it runs them.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { compactMoney, expectResources, waitFor } from './helpers.js';

type FrameWindow = Window & typeof globalThis & { pageErrors?: string[]; notes?: string[] };

async function openPage(src: string): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (src.startsWith('<')) frame.srcdoc = src;
  else frame.src = src;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FrameWindow, doc: frame.contentDocument! };
}

const text = (el: Element | null | undefined) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function runCli(...args: string[]) {
  return (await executeServerCommand('role-widgets-cli', { args })) as { status: number; stdout: string; stderr: string };
}

describe('built files', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the script-tag module renders every element and honours properties set before it loaded', async () => {
    const { win, doc } = await openPage('/src/test/pages/script-tag.html');
    await win.customElements.whenDefined('role-finder');
    await waitFor(() => text(doc.querySelector('role-finder')).includes('36 roles match'), 'role-finder did not render');
    expect(text(doc.querySelector('salary-band'))).to.contain(compactMoney(42289, 75794));
    const card = doc.getElementById('early')!;
    // The property set before the script loaded is kept (and, as a default-free property, not written back as an attribute).
    expect((card as HTMLElement & { variant?: string }).variant).to.equal('compact');
    expect(card.hasAttribute('variant')).to.equal(false);
    expect(card.shadowRoot!.querySelector('[part=expand]')).to.exist;
    expect(text(doc.querySelector('role-compare'))).to.contain('Back-end engineer').and.contain('Front-end engineer');
    // The fallback paragraph is light DOM that no slot takes, so it is not shown once defined.
    expect((card.querySelector('p') as HTMLElement).offsetHeight).to.equal(0);
  });

  it('keeps the space before a bracket that the build\'s template minifier used to trim ("April 2024(median…", "37–40(an estimate)")', async () => {
    const { doc } = await openPage('<!doctype html><html lang="en-GB"><script type="module" src="/dist/role-widgets.js"></script><role-card role-id="back-end"></role-card><role-compare roles="back-end,qa-test" rows="hours"></role-compare></html>');
    const deep = (el: Element | null): string => (el?.shadowRoot ? el.shadowRoot.textContent + [...el.shadowRoot.querySelectorAll('*')].map(deep).join('') : '');
    await waitFor(() => deep(doc.querySelector('role-card')).includes('median paid hours') && deep(doc.querySelector('role-compare')).includes('an estimate'), 'the card\'s sources and the comparison\'s hours were not shown');
    for (const el of doc.querySelectorAll('role-card, role-compare')) expect(deep(el).replace(/\s+/g, ' ').match(/\S\((?:median|an estimate)/g), el.localName).to.equal(null);
  });

  it("after compare's Add a role, focus waits on the loading message and moves to the new role's picker, never to <body>", async () => {
    const { win, doc } = await openPage('<!doctype html><html lang="en-GB"><script type="module" src="/dist/role-widgets.js"></script><role-compare roles="back-end,qa-test"></role-compare></html>');
    const compare = doc.querySelector('role-compare')!;
    await waitFor(() => compare.shadowRoot?.querySelector<HTMLButtonElement>('[part~=add]:not([disabled])'), 'the comparison did not render');
    const focusInside = () => compare.shadowRoot!.activeElement;
    const add = compare.shadowRoot!.querySelector<HTMLButtonElement>('[part~=add]')!;
    add.focus();
    add.click();
    // The added role's facts are fetched first (a catalogue in pieces): focus stays inside the comparison meanwhile.
    await waitFor(() => focusInside() !== add, 'focus did not move');
    expect(doc.activeElement).to.equal(compare);
    await waitFor(() => focusInside()?.localName === 'select', "focus did not reach the new role's picker");
    expect(focusInside()!.getAttribute('data-column')).to.equal('2');
    expect(win.document.activeElement).not.to.equal(doc.body);
  });

  it('the script-tag module fetches only the pieces of the catalogue a page shows: one role, in the reader\'s language', async () => {
    const { win, doc } = await openPage('/src/test/pages/loader.html');
    await waitFor(() => text(doc.querySelector('role-card')).includes('Makes sure bugs are caught'), 'the card did not show its summary');
    const pieces = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/catalogue/')).sort();
    // The card's facts and English texts, nothing of the other roles, and no index (nothing here lists roles).
    await expectResources(pieces, ['/dist/catalogue/roles/qa-test.json', '/dist/catalogue/texts/en/qa-test.json']);
    // Asked for the whole catalogue, the module answers with the index: every role's facts, no texts.
    const api = (await win.eval("import('/dist/role-widgets.js')")) as { loadDefaultCatalogue: () => Promise<{ roles: { id: string; summary?: string }[] }> };
    const index = await api.loadDefaultCatalogue();
    expect(index.roles.map((role) => role.id)).to.include.members(['back-end', 'qa-test', 'data-analyst']);
    expect(index.roles.every((role) => role.summary === undefined)).to.equal(true);
    expect(pieces()).to.include('/dist/catalogue/index.json');
  });

  it('a job board\'s results page of 22 adverts fetches one listing for every band, and shows each advert\'s pay with nothing meant for developers', async () => {
    const { win, doc } = await openPage('/demo/hosts/job-board.html');
    const bands = [...doc.querySelectorAll('salary-band')];
    expect(bands).to.have.length(22);
    await waitFor(() => bands.every((band) => /£\d/.test(text(band))), 'not every advert showed its pay');
    // One listing for all 22 bands: no index of every role's facts, no role's own facts, and the matcher once.
    const pieces = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/catalogue/'));
    await expectResources(pieces, ['/dist/catalogue/listing.json']);
    const chunks = win.performance.getEntriesByType('resource').map((entry) => entry.name.match(/\/chunks\/([a-z-]+)-[\w-]{8}\.js$/)?.[1]).filter(Boolean).sort();
    expect(chunks).to.deep.equal(['base', 'job-posting-reader', 'match-title', 'salary-band']);
    for (const band of bands) {
      expect(text(band)).not.to.match(/role-id|job-title|job-posting|Set `|Valid ids|undefined|NaN/);
      expect(band.getBoundingClientRect().height).to.be.at.most(96);
    }
    // Technology adverts show where their pay sits; the warehouse job, the chef and the CRM admin only their pay.
    const withoutRole = bands.filter((band) => band.shadowRoot!.querySelector('[part~=advert-pay]'));
    expect(withoutRole.map((band) => band.closest('li')!.querySelector('h2')!.textContent!.trim())).to.deep.equal(['Warehouse Operative - Nights', 'Head Chef', 'Salesforce Administrator']);
    expect(bands.filter((band) => band.shadowRoot!.querySelector('[part~=scale]'))).to.have.length(19);
  });

  it('the script-tag module loads only the elements a page uses, and those added later when they arrive', async () => {
    const { win, doc } = await openPage('/src/test/pages/loader.html');
    await waitFor(() => text(doc.querySelector('role-card')).includes('QA engineer'), 'the card did not render');
    const chunks = () => win.performance.getEntriesByType('resource').map((entry) => entry.name.match(/\/chunks\/([a-z-]+)-[\w-]{8}\.js$/)?.[1]).filter(Boolean).sort();
    // The card, the band it renders and what every element shares; no comparison, finder or catalogue provider.
    await expectResources(chunks, ['base', 'role-card', 'salary-band']);
    const compare = doc.createElement('div');
    compare.innerHTML = '<role-compare roles="back-end,qa-test"></role-compare>';
    doc.body.append(compare);
    await waitFor(() => text(doc.querySelector('role-compare')).includes('Back-end engineer'), 'the comparison added later did not render');
    await expectResources(chunks, ['base', 'role-card', 'role-compare', 'salary-band']);
    const api = (await win.eval("import('/dist/role-widgets.js')")) as { loadElement: (tag: string) => Promise<unknown>; loadDefaultCatalogue: () => Promise<unknown>; matchJobTitle: (catalogue: unknown, title: string) => Promise<{ roleId: string; strength: string } | undefined> };
    let error: Error | undefined;
    await api.loadElement('role-nothing').catch((caught: Error) => (error = caught));
    expect(error?.message).to.contain('there is no <role-nothing>');
    // The job-title matcher is a chunk of its own, fetched on its first use; it reads the catalogue's index.
    const index = await api.loadDefaultCatalogue();
    expect(await api.matchJobTitle(index, 'Senior Java Developer - 6 month contract')).to.deep.include({ roleId: 'back-end', strength: 'strong' });
    expect(await api.matchJobTitle(index, 'Registered Nurse')).to.equal(undefined);
    await expectResources(chunks, ['base', 'match-title', 'role-card', 'role-compare', 'salary-band']);
  });

  it('an English page downloads no Welsh; a Welsh page downloads it once and speaks it', async () => {
    const english = await openPage('/src/test/pages/loader.html');
    await waitFor(() => text(english.doc.querySelector('role-card')).includes('Show full profile'), 'the English card did not render');
    const welshFiles = (win: Window) => win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((url) => /\/(chunks\/cy-[\w-]{8}|i18n\/cy)\.js$/.test(url));
    expect(welshFiles(english.win)).to.deep.equal([]);
    const welsh = await openPage('/src/test/pages/welsh.html');
    await waitFor(() => text(welsh.doc.querySelector('role-card')).includes('Dangos y proffil llawn'), 'the Welsh card did not render');
    expect(text(welsh.doc.querySelector('role-card'))).not.to.contain('Show full profile');
    expect(welshFiles(welsh.win)).to.have.length(1);
  });

  it('the classic file carries no Welsh, and fetches i18n/cy.js beside it on a Welsh page', async () => {
    const { win, doc } = await openPage('/src/test/pages/welsh-classic.html');
    await waitFor(() => text(doc.querySelector('salary-band')).includes('y flwyddyn'), 'the classic build did not speak Welsh');
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((url) => url.endsWith('/dist/i18n/cy.js'))).to.have.length(1);
    const classic = await (await fetch('/dist/role-widgets.classic.js')).text();
    expect(classic).not.to.contain('Dangos y proffil llawn');
  });

  it('the classic (non-module) file works on its own', async () => {
    const { win, doc } = await openPage('/src/test/pages/classic.html');
    expect(win.customElements.get('role-card')).to.exist;
    const api = (win as unknown as { RoleWidgets: { findRole: unknown; bundledCatalogue: unknown; matchJobTitle: (catalogue: unknown, title: string) => { roleId: string } | undefined } }).RoleWidgets;
    expect(api.findRole).to.be.a('function');
    // Answered at once here: the one file holds the matcher.
    expect(api.matchJobTitle(api.bundledCatalogue, 'SRE - Remote (UK)')?.roleId).to.equal('infrastructure');
    await waitFor(() => text(doc.querySelector('salary-band')).includes(compactMoney(103050, 169000, 'USD', 'en-US')), 'the classic build did not render');
    expect(text(doc.querySelector('role-card'))).to.contain('Data analyst');
  });

  it('the classic file carries English only; a Welsh page fetches the Welsh texts from the pieces beside it', async () => {
    const classic = await (await fetch('/dist/role-widgets.classic.js')).text();
    const welshSummary = (await (await fetch('/dist/catalogue/texts/cy/data-analyst.json')).json()).summary as string;
    expect(classic).not.to.contain(welshSummary.slice(0, 40));
    const { win, doc } = await openPage('/src/test/pages/classic-welsh.html');
    await waitFor(() => text(doc.querySelector('role-card')).includes(welshSummary.slice(0, 40)), 'the Welsh texts did not arrive');
    const pieces = () => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/catalogue/'));
    await expectResources(pieces, ['/dist/catalogue/texts/cy/data-analyst.json']);
    // The title comes with the bundle, in Welsh, before any piece arrives.
    expect(doc.querySelector('role-card')!.shadowRoot!.querySelector('[part~=title]')!.textContent).to.contain('Dadansoddwr data');
  });

  it('three copies on one page give one working set, no error and one note per element', async () => {
    const { win, doc } = await openPage('/src/test/pages/both.html');
    // The classic copy defines every element; each module copy loads what the page uses (a card and its band) and notes it.
    await waitFor(() => (win.notes?.length ?? 0) >= 2 * 2, 'the second and third copies did not report');
    expect(win.pageErrors).to.deep.equal([]);
    const cardNotes = win.notes!.filter((note) => note.includes('<role-card>'));
    expect(cardNotes).to.have.length(2);
    expect(cardNotes[0]).to.contain('already defined by another copy');
    await waitFor(() => text(doc.querySelector('role-card')).includes('Infrastructure engineer'), 'the three copies did not render');
  });

  it('the catalogue-free build reads a <role-catalogue src> and says plainly when there is none', async () => {
    const { doc } = await openPage('/src/test/pages/no-catalogue.html');
    await waitFor(() => text(doc.querySelector('role-card')).includes('Games engineer'), 'site catalogue not used');
    expect(text(doc.querySelector('role-catalogue salary-band'))).to.contain(compactMoney(30000, 60000));
    // Outside any catalogue, readers are told plainly; what the site must fix is for its editors' previews.
    const outside = doc.getElementById('outside') as HTMLElement & { diagnostics: boolean; updateComplete: Promise<boolean> };
    expect(text(outside)).to.equal('No typical pay range is available for this role.');
    outside.diagnostics = true;
    await outside.updateComplete;
    expect(text(outside)).to.contain('No role catalogue is loaded');
  });

  it('a card reading a job advert says "loading" in its reserved space until its role arrives, never "no role"', async () => {
    const { win, doc } = await openPage('/src/test/pages/job-advert.html');
    const card = doc.querySelector('role-card')!;
    await waitFor(() => text(card).includes('Back-end engineer'), 'the card never showed the advert\'s role');
    const renders = (win as unknown as { renders: { text: string; height: number }[] }).renders;
    // Every frame before the role's: the loading message, as tall as role-widgets.css reserved (30rem for a compact card).
    const before = renders.slice(0, renders.findIndex((render) => render.text.includes('Back-end engineer')));
    for (const render of before) {
      expect(render.text).to.equal('Loading role details…');
      expect(render.height).to.be.at.least(30 * 16 - 1);
    }
    expect(renders.map((render) => render.text).join(' | ')).not.to.match(/No typical pay range|not available/);
  });

  it('importing only <salary-band> from the npm modules loads no other element', async () => {
    const { win, doc } = await openPage('/src/test/pages/salary-band-only.html');
    await waitFor(() => text(doc.querySelector('salary-band')).includes(compactMoney(30835, 47045)), 'salary-band did not render');
    expect(win.customElements.get('role-card')).to.equal(undefined);
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((url) => url.includes('/dist/esm/elements/salary-band/'))).to.equal(true);
    expect(loaded.filter((url) => /role-(card|compare|finder)/.test(url))).to.deep.equal([]);
    expect(loaded.filter((url) => url.includes('roles.json'))).to.have.length(1);
  });

  it('a <salary-band> with explicit figures never downloads the catalogue', async () => {
    const { win, doc } = await openPage('/src/test/pages/salary-band-explicit.html');
    await waitFor(() => text(doc.querySelector('salary-band')).includes(compactMoney(28000, 34000)), 'salary-band did not render');
    const loaded = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.some((url) => url.includes('/dist/esm/elements/salary-band/'))).to.equal(true);
    expect(loaded.filter((url) => url.includes('roles.json') || url.includes('bundled'))).to.deep.equal([]);
  });

  it('renders an element to static HTML that shows without any script', async () => {
    const result = await runCli('render', 'role-card', '--role', 'back-end', '--attr', 'variant=compact');
    expect(result.status).to.equal(0);
    expect(result.stdout).to.contain('shadowrootmode="open"');
    const { doc } = await openPage(`<!doctype html><html lang="en-GB"><body>${result.stdout}</body></html>`);
    expect(doc.querySelectorAll('script')).to.have.length(0);
    const card = doc.querySelector('role-card')!;
    expect(text(card)).to.contain('Back-end engineer').and.contain('37–45 hours a week');
    // Node's Intl wrote these figures, not the browser's, so they read as Node (and Chromium) write them.
    expect(text(card.shadowRoot!.querySelector('salary-band'))).to.contain('£42–76k');
  });

  it('renders with a site catalogue and rejects unknown elements', async () => {
    const site = await runCli('render', 'salary-band', '--role', 'games-engineer', '--catalogue', 'src/test/fixtures/site-catalogue.json');
    expect(site.status).to.equal(0);
    expect(site.stdout).to.contain('Games engineer, United Kingdom');
    const unknown = await runCli('render', 'job-board');
    expect(unknown.status).to.equal(2);
    expect(unknown.stderr).to.contain('Cannot render <job-board>. Choose one of: role-card, salary-band, role-compare, role-finder.');
  });

  it('validates a good catalogue and lists every problem of a bad one by path', async () => {
    const good = await runCli('validate', 'data/roles.json');
    expect(good).to.include({ status: 0, stdout: 'data/roles.json: valid, 36 roles.\n' });
    const bad = await runCli('validate', 'src/test/fixtures/invalid-catalogue.json');
    expect(bad.status).to.equal(1);
    expect(bad.stdout).to.contain('13 problems').and.contain('roles[0].id: must be lower-case words').and.contain('roles[0].hours: is required but missing');
    const broken = await runCli('validate', 'src/test/fixtures/not-json.json');
    expect(broken.stdout).to.contain('(root): not valid JSON');
    const missing = await runCli('validate', 'no/such/file.json');
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.contain('Cannot read no/such/file.json');
  });

  for (const [page, ready] of [
    ['index.html', 'the gallery'],
    ['role-finder.html', 'the finder'],
    ['role-compare.html', 'the comparisons'],
  ] as const) {
    it(`the demo's ${page} (${ready}) fits a 320 px screen with the whole catalogue, without sideways scrolling`, async () => {
      const { frame, win, doc } = await openPage(`/demo/${page}`);
      frame.style.width = '320px';
      const widgets = () => [...doc.querySelectorAll('role-card, salary-band, role-compare, role-finder')];
      await waitFor(() => widgets().length > 0 && widgets().every((el) => el.shadowRoot?.childElementCount), `${ready} did not render`);
      if (page === 'index.html') await waitFor(() => doc.querySelectorAll('#catalogue-table tbody tr').length === 36, 'the catalogue table was not filled');
      if (page === 'role-finder.html') await waitFor(() => text(doc.querySelector('role-finder')).includes('36 roles match'), 'the finder did not list every role');
      // Let nested cards and bands finish rendering at the narrow width.
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      const root = doc.documentElement;
      // The viewport is 320 px; Firefox's classic scrollbar takes its width out of clientWidth.
      expect(win.innerWidth).to.equal(320);
      expect(root.scrollWidth, `${page} scrolls sideways`).to.be.at.most(root.clientWidth);
    });
  }
});
