/** The CKEditor 5 plugin in a real CKEditor 5 (npm ckeditor5): what an editor keeps, drops, shows and inserts. */
import { expect, fixture, html } from '@open-wc/testing';
import { ClassicEditor, Essentials, Paragraph, Bold } from 'ckeditor5';
import { RoleWidgets } from './ckeditor5.js';
import { ELEMENT_ATTRIBUTES } from './attributes.generated.js';
import { framedPage, shadowText, violationsSoFar, waitFor } from '../test/helpers.js';

const editors: ClassicEditor[] = [];
afterEach(async () => {
  while (editors.length) await editors.pop()!.destroy();
});

async function editor(language = 'en') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const created = await ClassicEditor.create(host, { licenseKey: 'GPL', language, plugins: [Essentials, Paragraph, Bold, RoleWidgets], toolbar: ['insertRole', 'bold'] });
  editors.push(created);
  return created;
}

/** The data as a document fragment, to read elements and attributes whatever their order. */
const parse = (data: string) => {
  const template = document.createElement('template');
  template.innerHTML = data;
  return template.content;
};
const attributesOf = (element: Element) => Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]));

/** Every element, with attributes of each kind the manifest documents, and fallback text where a page has it. */
const DOCUMENT = `<p>Engineering jobs we hire for.</p>
<role-card role-id="back-end" variant="compact" sections="pay,hours" heading-level="2" region="US"><p>Back-end engineer: typical pay in the UK.</p></role-card>
<salary-band role-id="qa-test" value="42000" value-label="This job" period="month" full-figures=""></salary-band>
<role-compare roles="back-end,front-end" rows="pay,hours" differences-only=""><p>Back-end engineer, Front-end engineer</p></role-compare>
<role-finder sync-url="" heading-level="3"></role-finder>
<role-catalogue src="/src/test/fixtures/site-catalogue.json" mode="extend"><role-card role-id="games-engineer"></role-card></role-catalogue>`;

describe('CKEditor 5 plugin', () => {
  it('keeps every element, each documented attribute and the fallback text through setData and getData', async () => {
    const ck = await editor();
    ck.setData(DOCUMENT);
    const before = parse(DOCUMENT);
    const after = parse(ck.getData());
    expect(after.querySelector('p')!.textContent).to.equal('Engineering jobs we hire for.');
    for (const tag of Object.keys(ELEMENT_ATTRIBUTES)) {
      const given = [...before.querySelectorAll(tag)];
      const kept = [...after.querySelectorAll(tag)];
      expect(kept.length, tag).to.equal(given.length);
      given.forEach((element, index) => {
        expect(attributesOf(kept[index]), tag).to.deep.equal(attributesOf(element));
        expect(kept[index].textContent, tag).to.equal(element.textContent);
      });
    }
    // An element with no content stays empty: no &nbsp; or <br> a page would show.
    expect(after.querySelector('salary-band')!.childNodes.length).to.equal(0);
    expect(after.querySelector('role-catalogue > role-card')).to.exist;
    // The data survives a second round trip unchanged.
    const data = ck.getData();
    ck.setData(data);
    expect(ck.getData()).to.equal(data);
  });

  it('drops event handlers, undocumented attributes and script URLs, and runs no script from the data', async () => {
    const ck = await editor();
    const win = window as Window & { __pwned?: unknown };
    ck.setData(`<role-card role-id="back-end" onclick="window.__pwned = 1" onmouseover="window.__pwned = 2" data-x="1" style="color:red" class="x" foo="bar" variant="huge" heading-level="2; x" job-posting="  java\tscript:window.__pwned=3"><p>Fallback</p><script>window.__pwned = 4</script><img src="x" onerror="window.__pwned = 5"><iframe src="javascript:window.__pwned=6"></iframe></role-card>
      <role-catalogue src="javascript:window.__pwned = 7"></role-catalogue>
      <salary-band role-id="qa-test" value="1e9; x" period="decade" full-figures="javascript:x"></salary-band>`);
    const data = ck.getData();
    const card = parse(data).querySelector('role-card')!;
    expect(attributesOf(card)).to.deep.equal({ 'role-id': 'back-end' });
    // A script's text is kept as plain text, which runs nothing; the script, image and frame are gone.
    expect(card.firstElementChild!.outerHTML).to.equal('<p>Fallback</p>');
    expect(card.querySelector('script, img, iframe')).to.equal(null);
    expect(attributesOf(parse(data).querySelector('role-catalogue')!)).to.deep.equal({});
    // A switch is kept as a switch: its value is not carried.
    expect(attributesOf(parse(data).querySelector('salary-band')!)).to.deep.equal({ 'role-id': 'qa-test', 'full-figures': '' });
    expect(data).not.to.match(/onclick|onerror|onmouseover|javascript|script>|<img|<iframe|data-x|foo|style|class/i);

    // In the editor, the live element gets the kept attributes only, and nothing hostile is in the page.
    const root = ck.ui.getEditableElement()!;
    const live = root.querySelector('.role-widgets-ck__preview role-card')!;
    await waitFor(() => shadowText(live).includes('Back-end engineer'), 'the preview did not render');
    expect(attributesOf(live)).to.deep.equal({ 'role-id': 'back-end', diagnostics: '' });
    expect(root.querySelector('script, img, iframe, [onclick], [onerror], [onmouseover]')).to.equal(null);
    expect(win.__pwned).to.equal(undefined);
  });

  it('shows each element live inside its widget, with a caption naming it and its role', async () => {
    const ck = await editor();
    ck.setData('<role-card role-id="back-end" variant="compact"><p>Fallback</p></role-card><salary-band role-id="nope"></salary-band><role-catalogue src="/src/test/fixtures/site-catalogue.json" mode="extend"><role-card role-id="games-engineer"></role-card></role-catalogue>');
    const root = ck.ui.getEditableElement()!;
    const card = root.querySelector('.role-widgets-ck__preview role-card')!;
    await waitFor(() => shadowText(card).includes('Back-end engineer'), 'the card did not render its role');
    const [cardWidget, bandWidget] = root.querySelectorAll('.role-widgets-ck');
    expect(cardWidget.querySelector('.role-widgets-ck__caption')!.textContent).to.equal('Role card: Back-end engineer');
    expect(cardWidget.getAttribute('aria-label') ?? cardWidget.textContent).to.contain('Role card: Back-end engineer');
    expect(cardWidget.querySelector('.role-widgets-ck__children')!.textContent).to.equal('Fallback');
    // An editor's preview names the problem (the unknown id), which readers are not shown.
    const band = bandWidget.querySelector('salary-band')!;
    await waitFor(() => shadowText(band).includes('nope'), 'the band did not name the unknown role');
    // An element a site catalogue wraps previews that catalogue's role.
    const wrapped = root.querySelector('role-catalogue .role-widgets-ck__preview role-card')!;
    await waitFor(() => shadowText(wrapped).includes('Games engineer'), 'the wrapped card did not show the site catalogue’s role');
  });

  it('inserts an element through the toolbar: choose it, choose a role, and the element is in the data', async () => {
    const ck = await editor();
    ck.setData('<p>Jobs</p>');
    const button = document.querySelector<HTMLButtonElement>('.role-widgets-ck-insert button')!;
    expect(button.textContent).to.contain('Insert role');
    button.click();
    const form = await waitForForm();
    await expect(form).to.be.accessible();
    const element = form.querySelector<HTMLSelectElement>('select[name=element]')!;
    element.value = 'salary-band';
    element.dispatchEvent(new Event('change'));
    // Only the band's options are shown: a compare's role list is hidden.
    expect(form.querySelector<HTMLElement>('[data-name=roles]')!.hidden).to.equal(true);
    expect(form.querySelector<HTMLElement>('[name=value]')!.closest<HTMLElement>('[data-for]')!.hidden).to.equal(false);

    // No role chosen: the form says so and inserts nothing.
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(form.querySelector('[role=alert]')!.textContent).to.equal('Choose a role first.');
    expect(ck.getData()).to.equal('<p>Jobs</p>');

    const role = form.querySelector<HTMLSelectElement>('select[name=role]')!;
    // The catalogue's roles, grouped as the catalogue groups them (as in the WordPress sidebar).
    expect([...role.querySelectorAll('optgroup')].map((group) => group.label)).to.include('By part of the stack');
    role.value = 'qa-test';
    form.querySelector<HTMLInputElement>('[name=value]')!.value = '42000';
    form.querySelector<HTMLInputElement>('[name=fullFigures]')!.checked = true;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    const band = parse(ck.getData()).querySelector('salary-band')!;
    expect(attributesOf(band)).to.deep.equal({ 'role-id': 'qa-test', value: '42000', 'full-figures': '' });
    expect(band.textContent).to.contain('QA');
    await waitFor(() => ck.ui.getEditableElement()!.querySelector('.role-widgets-ck__preview salary-band')?.shadowRoot?.textContent?.includes('42'), 'the inserted band did not render');

    // With the band selected, the form shows its settings and changes them, keeping what it does not set.
    ck.model.change((writer) => writer.setAttribute('roleWidgets:scale-max', '90000', ck.model.document.selection.getSelectedElement()!));
    button.click();
    await waitForForm();
    expect(form.querySelector<HTMLInputElement>('[name=value]')!.value).to.equal('42000');
    expect(form.querySelector('button[type=submit]')!.textContent).to.equal('Update');
    form.querySelector<HTMLSelectElement>('[name=payPer]')!.value = 'month';
    form.querySelector<HTMLInputElement>('[name=value]')!.value = '3500';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(attributesOf(parse(ck.getData()).querySelector('salary-band')!)).to.deep.equal({ 'role-id': 'qa-test', value: '3500', period: 'month', 'full-figures': '', 'scale-max': '90000' });
    expect(parse(ck.getData()).querySelectorAll('salary-band').length).to.equal(1);
  });

  it('inserts a comparison of the roles ticked, in the order ticked, at most four', async () => {
    const ck = await editor();
    document.querySelector<HTMLButtonElement>('.role-widgets-ck-insert button')!.click();
    const form = await waitForForm();
    const element = form.querySelector<HTMLSelectElement>('select[name=element]')!;
    element.value = 'role-compare';
    element.dispatchEvent(new Event('change'));
    for (const id of ['front-end', 'back-end', 'qa-test', 'infrastructure']) form.querySelector<HTMLInputElement>(`[name="role-${id}"]`)!.click();
    expect(form.querySelector<HTMLInputElement>('[name="role-full-stack"]')!.disabled).to.equal(true);
    form.querySelector<HTMLInputElement>('[name="rows-pay"]')!.click();
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    expect(attributesOf(parse(ck.getData()).querySelector('role-compare')!)).to.deep.equal({ roles: 'front-end,back-end,qa-test,infrastructure', rows: 'pay' });
  });

  it('speaks Welsh where the editor does, with the elements’ own Welsh words', async () => {
    const ck = await editor('cy');
    const button = document.querySelector<HTMLButtonElement>('.role-widgets-ck-insert button')!;
    expect(button.textContent).to.contain('Mewnosod rôl');
    button.click();
    const form = await waitForForm();
    expect(form.querySelector('label[for$="-role"]')!.textContent).to.equal('Rôl');
    expect([...form.querySelectorAll('optgroup')].map((group) => group.label)).to.include("Yn ôl rhan o'r stac");
    expect(form.textContent).to.contain('Dangos y gwahaniaethau yn unig');
    await expect(form).to.be.accessible();
    ck.setData('<role-card role-id="back-end"></role-card>');
    // The roles are listed, and the widget named, in the editor's language.
    expect([...form.querySelectorAll<HTMLOptionElement>('select[name=role] option')].map((option) => option.textContent)).to.include('Peiriannydd ochr y gweinydd');
    ck.setData('<role-card role-id="back-end"></role-card>');
    expect(ck.ui.getEditableElement()!.querySelector('.role-widgets-ck__caption')!.textContent).to.equal('Cerdyn rôl: Peiriannydd ochr y gweinydd');
  });

  it('needs no Content-Security-Policy beyond CKEditor 5’s own: no violation while editing, inserting and previewing', async () => {
    const { frame, win, doc } = await framedPage<Window & { ckEditor?: ClassicEditor }>('/src/test/pages/ckeditor5-csp/index.html');
    await waitFor(() => win.ckEditor, 'the editor did not start under the policy');
    const ck = win.ckEditor!;
    ck.setData(DOCUMENT);
    const root = ck.ui.getEditableElement()!;
    // Every preview renders (styles, the catalogue's chunks and a site catalogue's fetch all under the policy).
    await waitFor(() => shadowText(root.querySelector('.role-widgets-ck__preview role-compare')!).includes('Front-end engineer'), 'the compare preview did not render');
    await waitFor(() => shadowText(root.querySelector('.role-widgets-ck__preview role-finder')!).includes('roles match'), 'the finder preview did not render');
    await waitFor(() => shadowText(root.querySelector('role-catalogue .role-widgets-ck__preview role-card')!).includes('Games engineer'), 'the site catalogue did not load');
    // Insert through the form, which builds its own view.
    doc.querySelector<HTMLButtonElement>('.role-widgets-ck-insert button')!.click();
    await waitFor(() => doc.querySelector('.role-widgets-ck-form'), 'the insert form did not open');
    const form = doc.querySelector<HTMLFormElement>('.role-widgets-ck-form')!;
    form.querySelector<HTMLSelectElement>('select[name=role]')!.value = 'qa-test';
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitFor(() => [...root.querySelectorAll('.role-widgets-ck__preview role-card')].some((card) => shadowText(card).includes('QA')), 'the inserted card did not render');
    expect(await violationsSoFar(win, doc)).to.deep.equal([]);
    frame.remove();
  });
});

async function waitForForm() {
  await waitFor(() => document.querySelector('.role-widgets-ck-form')?.checkVisibility?.() ?? document.querySelector('.role-widgets-ck-form'), 'the insert form did not open');
  return document.querySelector<HTMLFormElement>('.role-widgets-ck-form')!;
}
