/**
 * The elements in the reader's language: Welsh built in and loaded only where needed, plurals by
 * Intl.PluralRules, a live switch when `lang` changes, figures that never fall back to en-US, and
 * languages a site registers itself.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { bundledCatalogue } from '../catalogue/index.js';
import type { Catalogue } from '../catalogue/schema.js';
import '../elements/role-card/define.js';
import '../elements/role-catalogue/define.js';
import '../elements/role-compare/define.js';
import '../elements/role-finder/define.js';
import '../elements/salary-band/define.js';
import type { RoleCatalogue } from '../elements/role-catalogue/role-catalogue.js';
import type { RoleFinder } from '../elements/role-finder/role-finder.js';
import { GUIDE_QUESTIONS } from '../elements/role-finder/guide.js';
import type { SalaryBand } from '../elements/salary-band/salary-band.js';
import { engine, openDisclosures, part, settle, shadowElements, shadowText, waitFor } from '../test/helpers.js';
import { registerMessages, translate, type MessageSet } from './localize.js';

/** The built-in English messages, as every element's module registered them. */
const english = (globalThis as unknown as Record<symbol, { en: MessageSet }>)[Symbol.for('role-widgets/messages')].en;
const welshRequests = () => performance.getEntriesByType('resource').filter((entry) => /\/i18n\/cy\.(ts|js)/.test(entry.name));

/**
 * The bundled catalogue with every role text replaced by Welsh placeholders, so that what the
 * elements themselves say is all that is left to check (the role texts are translated elsewhere).
 */
function catalogueWithoutEnglishTexts(): Catalogue {
  const catalogue = structuredClone(bundledCatalogue) as Catalogue;
  const source = { name: 'Ffynhonnell', date: '2024-09' };
  catalogue.roles.forEach((role, index) => {
    Object.assign(role, {
      title: `Rôl ${index + 1}`,
      aliases: [`Enw arall ${index + 1}`],
      summary: 'Crynodeb.',
      duties: ['Dyletswydd.'],
      prospects: 'Rhagolygon.',
      interviewQuestions: ['Cwestiwn?'],
      requirements: { skills: ['Sgil.'], routesIn: ['Llwybr.'], qualifications: 'Cymhwyster.' },
    });
    role.environment.summary = 'Amgylchedd.';
    // Technology names are role data too ("REST and GraphQL", "Cloud monitoring"), and so are the
    // names of apprenticeship standards and professional bodies, and each role's Welsh translation.
    role.technologies = role.technologies.map((tech, number) => ({ ...tech, name: `Technoleg ${number + 1}` }));
    delete role.translations;
    if (role.apprenticeships) role.apprenticeships = role.apprenticeships.map((standard) => ({ ...standard, title: 'Safon' }));
    if (role.professionalBodies) role.professionalBodies = role.professionalBodies.map((body) => ({ ...body, name: 'Corff' }));
    for (const quoted of Object.values(role.quotedPay ?? {})) Object.assign(quoted, { basis: 'Sail', source });
    for (const band of Object.values(role.salary)) Object.assign(band, { basis: 'Sail', source });
    role.hours = { ...role.hours, basis: 'Sail', source, note: undefined, ...(role.hours.typical ? { typical: { ...role.hours.typical, basis: 'Sail', source } } : {}) };
  });
  catalogue.waysOfWorking = catalogue.waysOfWorking?.map((way) => ({ ...way, title: 'Ffordd o weithio', summary: 'Crynodeb.', upsides: ['Mantais.'], downsides: ['Anfantais.'], interviewQuestions: ['Cwestiwn?'] }));
  return catalogue;
}

/** Everything an element shows or says: its text, nested shadow trees included, and accessible names and hints. */
function everythingSaid(root: Element): string {
  const said = [shadowText(root)];
  for (const el of shadowElements(root)) {
    if (el.shadowRoot) said.push(shadowText(el));
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) said.push(el.getAttribute(name) ?? '');
    if (el.localName === 'salary-band') said.push((el as SalaryBand).description);
  }
  return said.join('\n');
}

/**
 * The words of the English message set, each message split at its values: "Role 2 of 3" is
 * looked for as "Role" and "of". Messages worded the same in Welsh ("Hybrid") are left out.
 */
async function englishWords(): Promise<{ key: string; words: string }[]> {
  const welsh = (await import('./cy.js')).default;
  const mark = '\u0001';
  const found: { key: string; words: string }[] = [];
  for (const [key, message] of Object.entries(english)) {
    if (JSON.stringify(welsh[key]) === JSON.stringify(message) && typeof message === 'string') continue;
    for (const form of typeof message === 'object' ? Object.values(message) : [message]) {
      // Each value is given as a one-item list, which reads as the mark and can be joined too.
      const text = typeof form === 'function' ? form(...Array(5).fill([mark])) : form;
      for (const words of text.split(mark).map((piece: string) => piece.trim())) if (/\p{L}{2}/u.test(words)) found.push({ key, words });
    }
  }
  return found;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const says = (text: string, words: string) => new RegExp(`(^|[^\\p{L}])${escape(words)}($|[^\\p{L}])`, 'u').test(text);

describe('languages', () => {
  it('an English page downloads no Welsh', async () => {
    const card = await fixture(html`<div lang="en-GB"><role-card role-id="back-end" variant="compact"></role-card></div>`);
    await settle(card.querySelector('role-card')!);
    expect(shadowText(card.querySelector('role-card')!)).to.contain('Show full profile');
    expect(welshRequests()).to.deep.equal([]);
  });

  it('fetches Welsh when an English page switches to it, and renders in Welsh once it is in', async () => {
    const page = await fixture(html`<div lang="en-GB"><role-card role-id="qa-test" variant="compact"></role-card></div>`);
    const card = page.querySelector('role-card')!;
    await settle(card);
    expect(welshRequests()).to.deep.equal([]);
    page.setAttribute('lang', 'cy');
    await waitFor(() => part(card, 'expand')!.textContent!.includes('Dangos y proffil llawn'), 'did not switch to Welsh');
    expect(welshRequests()).to.have.length(1);
  });

  describe('a Welsh page', () => {
    const catalogue = catalogueWithoutEnglishTexts();
    const roles = catalogue.roles.map((role) => role.id);
    const answered = { ...GUIDE_QUESTIONS.reduce((answers, question) => ({ ...answers, [question.id]: question.options[0].id }), {}) };

    async function welshPage() {
      const page = await fixture(html`<div lang="cy">
        <role-catalogue .catalogue=${catalogue}>
          <salary-band role-id=${roles[1]} value="50000"></salary-band>
          <salary-band role-id=${roles[1]} period="hour" value-max="40" value="30"></salary-band>
          <salary-band role-id=${roles[0]} period="month"></salary-band>
          <salary-band min="nothing" max="60000" currency="GBP"></salary-band>
          <salary-band min="30000" max="20000" currency="GBP"></salary-band>
          <salary-band min="20000" max="30000" currency="POUNDS"></salary-band>
          <salary-band min="20000" max="30000" median="25000" currency="GBP"></salary-band>
          <salary-band role-id="no-such-role"></salary-band>
          <salary-band role-id=${roles[1]} region="FR"></salary-band>
          <role-card role-id=${roles[0]}></role-card>
          <role-card role-id=${roles[2]} variant="compact"></role-card>
          <role-compare roles=${`${roles[0]},${roles[1]},${roles[2]},nothing`} differences-only></role-compare>
          <role-compare roles=${roles.slice(0, 6).join(',')}></role-compare>
          <role-finder .state=${{ text: '', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: {}, step: -1, compare: [] }}></role-finder>
          <role-finder .state=${{ text: 'Python', stack: 'back-end', technologies: ['SQL'], salaryFloor: 40000, customer: 'no', onCall: 'avoid', answers: {}, step: 0, compare: [roles[0]] }}></role-finder>
          <role-finder .state=${{ text: '', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: { ...answered, employer: 'many' }, step: GUIDE_QUESTIONS.length, compare: [roles[0], roles[1]] }}></role-finder>
          <role-finder .state=${{ text: 'nothing matches this', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: {}, step: -1, compare: [] }}></role-finder>
        </role-catalogue>
      </div>`);
      const elements = [...page.querySelectorAll('role-catalogue > *')];
      for (const el of elements) await settle(el);
      for (const el of elements) await openDisclosures(el);
      return { page, elements };
    }

    it('shows no word of the English message set, accessible names included', async () => {
      const { elements } = await welshPage();
      expect(welshRequests()).to.have.length(1);
      // Role ids are codes, not words ("cloud-architect" in the list of valid ids): they are left out.
      const ids = new RegExp(bundledCatalogue.roles.map((role) => escape(role.id)).sort((a, b) => b.length - a.length).join('|'), 'g');
      const said = elements.map(everythingSaid).join('\n').replace(ids, '');
      // Welsh is there: the card's button, hours, the band's words and the finder's count.
      for (const words of ['Dangos y proffil llawn', 'awr yr wythnos', 'Cyflog', 'y canolrif yw', 'Dod o hyd i rôl', 'Cymharu dwy rôl', 'Pam mae\'n addas', 'Nid yw\'r ffigurau cyflog ar gael', 'Nid oes ystod cyflog arferol ar gael']) {
        expect(said, words).to.contain(words);
      }
      const englishFound = (await englishWords()).filter(({ words }) => says(said, words));
      expect(englishFound).to.deep.equal([]);
    });

    it('is clean for axe in every element and state', async function () {
      // Seventeen axe runs; the limit only stops a hang on a busy machine.
      this.timeout(300_000);
      const { elements } = await welshPage();
      for (const el of elements) await expect(el).to.be.accessible();
    });
  });

  it('has a Welsh message for every English one', async () => {
    const welsh = (await import('./cy.js')).default;
    expect(Object.keys(english).filter((key) => !(key in welsh))).to.deep.equal([]);
    // Counting messages have a Welsh wording for every category the engine's rules give 0, 1, 2, 3, 6 and 11.
    const counting = Object.entries(welsh).filter(([, message]) => typeof message === 'object').map(([key]) => key);
    expect(counting).to.include.members(['matches', 'comparing', 'rowsHidden', 'clearFilters', 'moreTags']);
  });

  describe('plurals, through Intl.PluralRules', () => {
    it('Welsh has a form for zero, one, two, few, many and other', async () => {
      const card = await fixture(html`<role-card lang="cy" role-id="back-end" variant="compact"></role-card>`);
      await settle(card);
      const say = (key: string) => [0, 1, 2, 3, 6, 11].map((count) => translate('cy', key, [count]));
      expect(say('matches')).to.deep.equal(['Does dim un rôl yn cyfateb.', 'Mae un rôl yn cyfateb.', 'Mae dwy rôl yn cyfateb.', 'Mae tair rôl yn cyfateb.', 'Mae chwe rôl yn cyfateb.', 'Mae 11 rôl yn cyfateb.']);
      expect(say('comparing')).to.deep.equal(["Dim rolau i'w cymharu", 'Cymharu un rôl', 'Cymharu dwy rôl', 'Cymharu tair rôl', 'Cymharu chwe rôl', 'Cymharu 11 rôl']);
      expect(say('moreTags')).to.deep.equal(['dim un arall', 'ac un arall', 'a dwy arall', 'a thair arall', 'a chwech arall', '11 arall hefyd']);
      expect(say('clearFilters').slice(1)).to.deep.equal(["Clirio'r hidlydd", "Clirio'r ddau hidlydd", "Clirio'r tri hidlydd", "Clirio'r chwe hidlydd", "Clirio pob un o'r 11 hidlydd"]);
      expect([0, 1, 2, 3, 6, 11].map((count) => translate('en', 'matches', [count]))).to.deep.equal(['0 roles match.', '1 role matches.', '2 roles match.', '3 roles match.', '6 roles match.', '11 roles match.']);
    });

    it('the finder counts 1, 2, 3, 6 and 11 roles in Welsh, and none', async () => {
      for (const [count, said] of [
        [1, 'Mae un rôl yn cyfateb.'],
        [2, 'Mae dwy rôl yn cyfateb.'],
        [3, 'Mae tair rôl yn cyfateb.'],
        [6, 'Mae chwe rôl yn cyfateb.'],
        // Eleven is more than the first page of ten: the count says how many are shown.
        [11, 'Mae 11 rôl yn cyfateb. Dangosir y 10 cyntaf.'],
      ] as const) {
        const catalogue = { ...bundledCatalogue, roles: bundledCatalogue.roles.slice(0, count) };
        const page = await fixture(html`<role-catalogue lang="cy" .catalogue=${catalogue}><role-finder></role-finder></role-catalogue>`);
        const finder = page.querySelector<RoleFinder>('role-finder')!;
        await settle(finder);
        expect(finder.shadowRoot!.querySelector('.count')!.textContent!.trim()).to.equal(said);
      }
      const finder = await fixture<RoleFinder>(html`<role-finder lang="cy" .state=${{ text: 'nothing matches this', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: {}, step: -1, compare: [] }}></role-finder>`);
      await settle(finder);
      expect(finder.shadowRoot!.querySelector('.count')!.textContent!.trim()).to.equal('Does dim un rôl yn cyfateb.');
    });
  });

  describe('a live switch', () => {
    it('re-renders Welsh ↔ English when an ancestor’s lang changes, nested elements too', async () => {
      const page = await fixture(html`<div lang="cy"><role-card role-id="back-end" variant="compact"></role-card></div>`);
      const card = page.querySelector('role-card')!;
      await settle(card);
      const band = () => card.shadowRoot!.querySelector<SalaryBand>('salary-band')!;
      expect(shadowText(card)).to.contain('Dangos y proffil llawn');
      expect(shadowText(band())).to.contain('y flwyddyn');
      page.setAttribute('lang', 'en-GB');
      await waitFor(() => shadowText(card).includes('Show full profile') && shadowText(band()).includes('a year'), 'did not switch to English');
      expect(shadowText(card)).not.to.contain('Dangos');
      page.setAttribute('lang', 'cy');
      await waitFor(() => shadowText(card).includes('Dangos y proffil llawn') && shadowText(band()).includes('y flwyddyn'), 'did not switch back to Welsh');
      expect(part(card, 'expand')!.textContent).not.to.contain('Show');
    });

    it('follows <html lang> as a translation tool or a toggle rewrites it', async () => {
      const before = document.documentElement.getAttribute('lang');
      const band = await fixture<SalaryBand>(html`<salary-band role-id="qa-test"></salary-band>`);
      try {
        document.documentElement.lang = 'en-GB';
        await waitFor(() => shadowText(band).includes('a year'), 'not English');
        document.documentElement.lang = 'cy-GB';
        await waitFor(() => shadowText(band).includes('y flwyddyn'), 'did not follow <html lang="cy-GB">');
        expect(band.description).to.contain('Y Deyrnas Unedig');
      } finally {
        if (before === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.setAttribute('lang', before);
      }
      await waitFor(() => !shadowText(band).includes('y flwyddyn'), 'did not switch back');
    });
  });

  describe('figures', () => {
    it('are never written as en-US where the engine has no Welsh number data', async () => {
      const page = await fixture(html`<div lang="cy">
        <salary-band role-id="back-end"></salary-band>
        <salary-band role-id="back-end" region="US" full-figures></salary-band>
      </div>`);
      const [gb, us] = [...page.querySelectorAll<SalaryBand>('salary-band')];
      await settle(gb);
      await settle(us);
      const hasWelshNumbers = Intl.NumberFormat.supportedLocalesOf(['cy']).length > 0;
      // What each engine writes, pinned: Chromium 156 has no Welsh number data and writes en-GB.
      expect(hasWelshNumbers).to.equal(engine !== 'chromium');
      const figures = part(gb, 'figures')!.textContent!.replace(/\s+/g, ' ').trim();
      const usFigures = part(us, 'figures')!.textContent!.replace(/\s+/g, ' ').trim();
      const expected = {
        chromium: ['£42–76k y flwyddyn', 'US$103,050 i US$169,000 y flwyddyn'],
        firefox: ['£42–76K y flwyddyn', 'US$103,050 i US$169,000 y flwyddyn'],
        webkit: ['£42–76K y flwyddyn', 'US$103,050 i US$169,000 y flwyddyn'],
      }[engine];
      expect([figures, usFigures]).to.deep.equal(expected);
      expect(gb.description).to.contain('£42,289 i £75,794 y flwyddyn');
      expect(usFigures).not.to.match(/(^|[^A-Z])\$/);
    });
  });

  describe('a language a site registers', () => {
    it('shows the site’s strings, falling back from region to language to English for the rest', async () => {
      registerMessages('fr', { showFull: 'Voir le profil complet', 'per.year': 'par an', hoursRange: (range: string) => `${range} heures par semaine` });
      registerMessages('fr-CA', { showFull: 'Voir tout le profil' });
      const page = await fixture(html`<div>
        <role-card lang="fr-CA" role-id="back-end" variant="compact"></role-card>
        <role-card lang="fr" role-id="back-end" variant="compact"></role-card>
      </div>`);
      const [canadian, french] = [...page.querySelectorAll('role-card')];
      await settle(canadian);
      await settle(french);
      expect(part(canadian, 'expand')!.textContent).to.contain('Voir tout le profil');
      expect(part(french, 'expand')!.textContent).to.contain('Voir le profil complet');
      // fr-CA has no "hours" of its own: French. Neither has the section heading: English.
      expect(shadowText(canadian)).to.contain('heures par semaine').and.contain('Technologies');
      expect(shadowText(canadian.shadowRoot!.querySelector('salary-band')!)).to.contain('par an');
      await expect(canadian).to.be.accessible();
    });

    it('re-renders elements already on the page when it registers, and can change an English string', async () => {
      const card = await fixture(html`<role-card lang="en-AU" role-id="qa-test" variant="compact"></role-card>`);
      await settle(card);
      expect(part(card, 'expand')!.textContent).to.contain('Show full profile');
      registerMessages('en-AU', { showFull: 'See the whole profile' });
      await waitFor(() => part(card, 'expand')!.textContent!.includes('See the whole profile'), 'did not re-render');
    });
  });

  it('says the catalogue failed in Welsh, and is clean for axe', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="cy"><role-catalogue .catalogue=${{ version: 1, roles: 'none' }}><salary-band role-id="qa-test"></salary-band></role-catalogue></div>`);
    const provider = page.querySelector<RoleCatalogue>('role-catalogue')!;
    await waitFor(() => provider.shadowRoot!.querySelector('[part=status]'), 'no failure shown');
    expect(shadowText(provider)).to.contain("Nid oedd modd llwytho'r catalog rolau").and.not.contain('could not be loaded');
    await expect(provider).to.be.accessible();
  });
});
