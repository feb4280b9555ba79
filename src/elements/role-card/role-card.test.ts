import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { bundledCatalogue, findRole } from '../../catalogue/index.js';
import { captureWarnings, compactMoney, fitsWidth, openDisclosures, part, parts, shadowText } from '../../test/helpers.js';
import './define.js';
import type { RoleCard } from './role-card.js';

const card = (template: ReturnType<typeof html>) => fixture<RoleCard>(template);
const sectionsShown = (el: RoleCard) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-section]')].map((s) => s.dataset.section);
const band = (el: RoleCard) => el.shadowRoot!.querySelector('salary-band')!;

describe('<role-card>', () => {
  describe('every catalogue role', () => {
    for (const role of bundledCatalogue.roles) {
      for (const variant of ['full', 'compact'] as const) {
        it(`renders ${role.id} (${variant}) with its title, pay and hours`, async () => {
          const el = await card(html`<role-card role-id=${role.id} variant=${variant}></role-card>`);
          expect(part(el, 'title')!.textContent).to.equal(role.title);
          await band(el).updateComplete;
          expect(band(el).description).to.contain(`${role.title}, United Kingdom:`);
          expect(shadowText(el)).to.contain(`${role.hours.min}–${role.hours.max} hours a week`);
        });
      }
    }
  });

  it('shows every section in a full card, folding the long ones into disclosures', async () => {
    const el = await card(html`<role-card role-id="full-stack"></role-card>`);
    expect(sectionsShown(el)).to.deep.equal(['summary', 'pay', 'hours', 'technologies', 'duties', 'environment', 'requirements', 'training', 'prospects', 'questions', 'sources']);
    const folded = parts<HTMLDetailsElement>(el, 'disclosure').map((d) => d.dataset.section);
    expect(folded).to.deep.equal(['duties', 'environment', 'requirements', 'prospects', 'questions']);
    expect(part(el, 'aliases')!.textContent).to.equal('Also called: Full stack engineer, Fullstack engineer, Full-stack developer, Full stack web developer, Web application developer');
    // Folded content is rendered once the reader opens it.
    expect(shadowText(el)).not.to.contain('Roughly what share of the work is back end, front end and infrastructure');
    await openDisclosures(el);
    expect(shadowText(el)).to.contain('Roughly what share of the work is back end, front end and infrastructure');
    await expect(el).to.be.accessible();
  });

  it('names the apprenticeship in England that leads into the role, with its level, reference and link, and the professional body', async () => {
    const el = await card(html`<role-card role-id="back-end"></role-card>`);
    const training = el.shadowRoot!.querySelector<HTMLElement>('[data-section=training]')!;
    const text = training.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).to.contain('Apprenticeships and professional bodies').and.contain('Apprenticeships in England');
    expect(text).to.contain('Software developer, level 4 (ST0116)').and.contain('Software development technician, level 3 (ST0128)');
    const links = [...training.querySelectorAll('a')].map((a) => [a.textContent, a.href]);
    expect(links).to.deep.include(['Software developer', 'https://skillsengland.education.gov.uk/apprenticeships/st0116']);
    expect(links).to.deep.include(['BCS, The Chartered Institute for IT', 'https://www.bcs.org/']);
    // The back-end card's pay says what Sort Your Future's profile quotes, credited and linked, as its hours line does.
    await band(el).updateComplete;
    const quoted = part(band(el), 'quoted')!;
    expect(quoted.textContent!.replace(/\s+/g, ' ')).to.contain('£40,000 to £91,000 a year');
    expect(quoted.querySelector('a')!.href).to.equal('https://www.sortyourfuture.com/job-type/back-end-engineer');
    expect(shadowText(el)).to.contain('Quoted pay (GB): Sort Your Future, Back-end engineer job profile, November 2026');
    await expect(el).to.be.accessible();
  });

  it('says plainly where no apprenticeship standard is listed, and names a role outside the stack by its family', async () => {
    const el = await card(html`<role-card role-id="technical-writer"></role-card>`);
    const training = el.shadowRoot!.querySelector<HTMLElement>('[data-section=training]')!;
    expect(training.textContent).to.contain('No apprenticeship standard in England is listed for this role.');
    expect(training.textContent).to.contain('Institute of Scientific and Technical Communicators (ISTC)');
    expect(part(el, 'stack')!.textContent).to.equal('Group: Design and writing');
    // A role with no professional body listed has no heading for them.
    const none = await card(html`<role-card role-id="sales-engineer"></role-card>`);
    expect(none.shadowRoot!.querySelector<HTMLElement>('[data-section=training]')!.textContent).not.to.contain('Professional bodies');
    const seed = await card(html`<role-card role-id="back-end"></role-card>`);
    expect(part(seed, 'stack')!.textContent).to.equal('Part of the stack: Back end');
    await expect(el).to.be.accessible();
  });

  it('shows a compact summary with the top tags, and expands on request with a role-select event', async () => {
    const el = await card(html`<role-card role-id="back-end" variant="compact"></role-card>`);
    expect(sectionsShown(el)).to.deep.equal(['pay', 'hours', 'technologies']);
    expect(parts(el, 'tag')).to.have.length(5);
    expect(shadowText(el)).to.contain('and 8 more');
    await expect(el).to.be.accessible();

    const button = part<HTMLButtonElement>(el, 'expand')!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const selected = oneEvent(el, 'role-select');
    button.click();
    expect((await selected).detail).to.deep.equal({ roleId: 'back-end' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(sectionsShown(el)).to.include('duties').and.include('questions');
    expect(parts(el, 'tag')).to.have.length(13);
    await expect(el).to.be.accessible();
  });

  it('lets a site cancel role-select to route the reader itself', async () => {
    const el = await card(html`<role-card role-id="qa-test" variant="compact"></role-card>`);
    const chosen: string[] = [];
    // Typed through HTMLElementEventMap: the detail needs no cast, and a misspelt field fails type-checking.
    el.addEventListener('role-select', (event) => {
      chosen.push(event.detail.roleId);
      // @ts-expect-error role-select's detail has no roleID.
      void event.detail.roleID;
      event.preventDefault();
    });
    part<HTMLButtonElement>(el, 'expand')!.click();
    await el.updateComplete;
    expect(chosen).to.deep.equal(['qa-test']);
    expect(part(el, 'expand')!.getAttribute('aria-expanded')).to.equal('false');
    expect(sectionsShown(el)).not.to.include('duties');
  });

  it('shows only the sections asked for, in that order, and reports unknown ones', async () => {
    let el!: RoleCard;
    const warnings = await captureWarnings(async () => {
      el = await card(html`<role-card role-id="data-analyst" sections="questions, pay summary salary"></role-card>`);
    });
    expect(sectionsShown(el)).to.deep.equal(['questions', 'pay', 'summary']);
    expect(warnings.join()).to.contain('sections names unknown sections (salary). Valid sections: summary, pay, hours');
  });

  it('uses heading-level for the title and the next level for sections', async () => {
    const el = await card(html`<role-card role-id="front-end" heading-level="2"></role-card>`);
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(parts(el, 'section-heading').every((h) => h.localName === 'h3')).to.equal(true);
    const deep = await card(html`<role-card role-id="front-end" heading-level="6"></role-card>`);
    expect(part(deep, 'title')!.localName).to.equal('h6');
    expect(parts(deep, 'section-heading')[0].localName).to.equal('h6');
    const warnings = await captureWarnings(() => card(html`<role-card role-id="front-end" heading-level="9"></role-card>`));
    expect(warnings.join()).to.contain('heading-level="9" must be a whole number from 1 to 6');
  });

  it("slots a site's call to action and extra content", async () => {
    const el = await card(html`<role-card role-id="infrastructure">
      <a slot="actions" href="#jobs">See our platform vacancies</a>
      <p slot="extra">We hire in Leeds and remotely.</p>
    </role-card>`);
    const actions = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=actions]')!;
    const extra = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name=extra]')!;
    expect(actions.assignedElements()[0].textContent).to.equal('See our platform vacancies');
    expect(extra.assignedElements()[0].textContent).to.equal('We hire in Leeds and remotely.');
  });

  it('lines its band up with other cards through scale-min and scale-max', async () => {
    const wrapper = await fixture(html`<div style="width: 400px">
      <role-card role-id="data-analyst" scale-min="0" scale-max="100000"></role-card>
      <role-card role-id="back-end" scale-min="0" scale-max="100000"></role-card>
    </div>`);
    const ranges = [];
    for (const el of wrapper.querySelectorAll('role-card')) {
      await (el as RoleCard).updateComplete;
      const band = el.shadowRoot!.querySelector('salary-band')!;
      await band.updateComplete;
      expect(shadowText(band)).to.contain(compactMoney(100000, 100000));
      const track = part(band, 'scale')!.getBoundingClientRect();
      ranges.push((part(band, 'range')!.getBoundingClientRect().left - track.left) / track.width);
    }
    // The analyst's band starts at £30,835 and the back-end band at £42,289, on the same £0–100k scale.
    expect(ranges[0]).to.be.closeTo(0.30835, 0.005);
    expect(ranges[1]).to.be.closeTo(0.42289, 0.005);
  });

  it('opens disclosures from the keyboard', async () => {
    const el = await card(html`<role-card role-id="application-support"></role-card>`);
    const duties = el.shadowRoot!.querySelector<HTMLDetailsElement>('[data-section=duties]')!;
    // A folded section's content is rendered when the reader opens it, not before.
    expect(duties.querySelectorAll('li')).to.have.length(0);
    duties.querySelector('summary')!.focus();
    const opened = oneEvent(duties, 'toggle');
    await sendKeys({ press: 'Enter' });
    expect(duties.open).to.equal(true);
    await opened;
    await el.updateComplete;
    expect([...duties.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(findRole(bundledCatalogue, 'application-support')!.duties);
    await sendKeys({ press: ' ' });
    expect(duties.open).to.equal(false);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.closest('details')?.dataset.section).to.equal('environment');
  });

  it('tells readers plainly that an unknown role is not available, and developers the valid ids, without throwing', async () => {
    let el!: RoleCard;
    const warnings = await captureWarnings(async () => {
      el = await card(html`<role-card role-id="wizard"></role-card>`);
    });
    expect(part(el, 'problem')!.textContent!.trim()).to.equal('Details of this role are not available.');
    expect(warnings.join()).to.contain('role-id="wizard" names no role');
    await expect(el).to.be.accessible();
    el.diagnostics = true;
    await el.updateComplete;
    expect(part(el, 'problem-detail')!.textContent!.replace(/\s+/g, ' ')).to.contain('No role is called "wizard". Set role-id to one of: infrastructure, back-end');
    await expect(el).to.be.accessible();
  });

  it('is not changed by hostile host page CSS', async () => {
    const measure = async () => {
      const el = await card(html`<role-card role-id="data-engineer" style="width: 400px"></role-card>`);
      const title = part(el, 'title')!;
      const box = part(el, 'base')!.getBoundingClientRect();
      const style = getComputedStyle(title);
      return { size: style.fontSize, color: style.color, width: box.width, height: Math.round(box.height) };
    };
    const before = await measure();
    const hostile = document.createElement('style');
    hostile.textContent = 'h3 { color: red; font-size: 60px } * { box-sizing: content-box } ul, li, p { margin: 3em !important; padding: 2em } details { display: none }';
    document.head.append(hostile);
    try {
      expect(await measure()).to.deep.equal(before);
    } finally {
      hostile.remove();
    }
  });

  for (const width of [240, 480, 1200]) {
    it(`fits a ${width} px container without sideways overflow`, async () => {
      const wrapper = await fixture(html`<div style="width: ${width}px"><role-card role-id="sales-engineer"></role-card></div>`);
      const el = wrapper.querySelector('role-card')!;
      await openDisclosures(el);
      expect(el.getBoundingClientRect().width).to.equal(width);
      expect(fitsWidth(el)).to.equal(true);
    });
  }
});
