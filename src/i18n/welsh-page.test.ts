/**
 * A Welsh page of every element and state, with the real catalogue: no English outside
 * `lang="en"`, in what is shown and in what a screen reader says (accessible names and
 * descriptions, titles, placeholders). English names kept on purpose (products, job boards'
 * aliases, standards, bodies) must sit inside `lang="en"`; everything else must be Welsh.
 * Also: the Welsh search finds roles by their Welsh names.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { bundledCatalogue } from '../catalogue/index.js';
import '../elements/role-card/define.js';
import '../elements/role-catalogue/define.js';
import '../elements/role-compare/define.js';
import '../elements/role-finder/define.js';
import '../elements/salary-band/define.js';
import type { RoleCatalogue } from '../elements/role-catalogue/role-catalogue.js';
import type { RoleFinder } from '../elements/role-finder/role-finder.js';
import type { FinderState } from '../elements/role-finder/finder-state.js';
import { GUIDE_QUESTIONS } from '../elements/role-finder/guide.js';
import { loadTitleMatcher, searchRoles } from '../elements/role-finder/search.js';
import { openDisclosures, part, settle, shadowText, typeText, waitFor } from '../test/helpers.js';
import { findPhrase, translate } from './localize.js';

/**
 * Common English words, none of them a Welsh word too ("a", "i", "am", "at", "pan", "dull", "her"
 * and "sail" are Welsh, and "data", "hybrid" are both): enough to catch an English phrase, a
 * source's name or a basis left untranslated.
 */
const ENGLISH = new Set(
  `the and of for with from this that these those which what when where who how your you our are was were been has have not but or
  by into than then they their there about also called show full less more loading role roles pay hours week year month hour job jobs
  salary typical typically median percentile estimate source sources engineer engineers developer developers software testing tester
  tests security network networks support manager managers analyst analysts designer designers writer writers skills routes questions
  interview duties environment prospects qualifications office remote shifts some little lot none other others people work working team
  teams customer customers plus often many travel near including nights weekends evenings annual gross employees time group groups
  professionals programmers wages quoted careers career profile judged editors published range half middle upper lower suppressed
  publisher nearest counted occupation occupations tables borrowed bureau labor statistics survey earnings provisional table firewalls
  surveys incident response interviews apprenticeship apprenticeships standard level integrated degree chartered institute institution
  engineering technology royal society council try again could loaded find search filter filters clear compare add remove differences
  same any yes either neither only back next skip see results change answers choose start stop good fit because closest united
  kingdom states stack front end engineering meetings demo master basics management tools systems`.split(/\s+/),
);

const ROLE_IDS = new RegExp(bundledCatalogue.roles.map((role) => role.id).sort((a, b) => b.length - a.length).join('|'), 'g');

/** Words outside `lang="en"` (shadow trees, slots and accessible names followed) that read as English, with where they are. */
function englishOutsideLangEn(root: Element): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    // The unknown-role message lists the valid ids: codes, not words ("sales-engineer").
    if (where.includes('[part=problem]')) text = (text ?? '').replace(ROLE_IDS, ' ');
    for (const word of (text ?? '').split(/[^\p{L}’']+/u)) {
      if (ENGLISH.has(word.toLowerCase().replace(/['’]s$/, ''))) found.push(`"${word}" in ${where}: ${text!.trim().replace(/\s+/g, ' ').slice(0, 120)}`);
    }
  };
  const walk = (node: Node, english: boolean, path: string) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!english) check(node.textContent, path);
      return;
    }
    if (!(node instanceof Element)) return;
    // Code (an attribute's name in a problem message) is not prose; styles and scripts are not shown.
    if (['style', 'script', 'code'].includes(node.localName)) return;
    const lang = node.getAttribute('lang');
    const inEnglish = lang === null ? english : /^en\b/i.test(lang);
    const here = `${path} > ${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`;
    if (!inEnglish) for (const name of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']) check(node.getAttribute(name), `${here} @${name}`);
    if (node.shadowRoot) for (const child of node.shadowRoot.childNodes) walk(child, inEnglish, here);
    for (const child of node.childNodes) walk(child, inEnglish, here);
  };
  walk(root, false, root.localName);
  return found;
}


const finderState = (state: Partial<FinderState>): FinderState => ({ text: '', stack: '', technologies: [], salaryFloor: 0, customer: '', onCall: '', answers: {}, step: -1, compare: [], ...state }) as FinderState;
const answered = GUIDE_QUESTIONS.reduce((answers, question) => ({ ...answers, [question.id]: question.options[0].id }), {} as Record<string, string>);

describe('a Welsh page, with the real catalogue', () => {
  it('shows and says no English outside lang="en" in any element or state', async function () {
    this.timeout(300_000);
    const roles = bundledCatalogue.roles.map((role) => role.id);
    const page = await fixture(html`<div lang="cy">
      ${roles.map((id) => html`<role-card role-id=${id}></role-card>`)}
      <role-card role-id="qa-test" variant="compact"></role-card>
      ${roles.map((id) => html`<salary-band role-id=${id} value="50000"></salary-band><salary-band role-id=${id} region="US" period="hour"></salary-band>`)}
      <salary-band role-id="back-end" period="month" value="40000" value-max="60000"></salary-band>
      <salary-band min="nothing" max="60000" currency="GBP"></salary-band>
      <salary-band role-id="nid-yw-hon"></salary-band>
      <role-compare roles="data-engineer,data-analyst,cloud-architect" differences-only></role-compare>
      <role-compare roles="front-end,back-end,full-stack,infrastructure"></role-compare>
      <role-finder></role-finder>
      <role-finder .state=${finderState({ text: 'profwr' })}></role-finder>
      <role-finder .state=${finderState({ text: 'Python', stack: 'back-end', technologies: ['SQL', 'Firewalls'], salaryFloor: 40000, customer: 'no', onCall: 'avoid', step: 0, compare: ['back-end'] })}></role-finder>
      <role-finder .state=${finderState({ answers: { ...answered, employer: 'many' }, step: GUIDE_QUESTIONS.length, compare: ['back-end', 'qa-test'] })}></role-finder>
      <role-finder .state=${finderState({ text: 'dim byd o gwbl yma' })}></role-finder>
    </div>`);
    const elements = [...page.children];
    for (const el of elements) await settle(el);
    for (const el of elements) await openDisclosures(el);
    // The finder's technology list, folded until opened, is words too.
    const said = elements.flatMap((el) => englishOutsideLangEn(el));
    expect(said).to.deep.equal([]);
    // Welsh is there, and the names kept English are marked: a source, a basis, a tag, an alias.
    const card = elements[roles.indexOf('data-engineer')];
    const band = card.shadowRoot!.querySelector('salary-band')!;
    expect(shadowText(band)).to.contain('Swyddfa Ystadegau Gwladol, Arolwg Blynyddol o Oriau ac Enillion (ASHE) 2025 (amodol)');
    expect(shadowText(band)).to.contain('yr hanner canol (canradd 25 i ganradd 75)');
    expect(band.shadowRoot!.querySelector('[role=img]')!.getAttribute('aria-label')).to.contain('Ffynhonnell: Swyddfa Ystadegau Gwladol');
    expect(part(card, 'aliases')!.querySelector('[lang=en]')!.textContent).to.contain('Data platform engineer');
    const pythonTag = [...card.shadowRoot!.querySelectorAll('[part~=tag]')].find((tag) => tag.textContent!.includes('Python'))!;
    expect(pythonTag.querySelector('[lang=en]')!.textContent).to.equal('Python');
    const firewalls = elements[roles.indexOf('cyber-security-engineer')];
    expect(shadowText(firewalls)).to.contain('Waliau tân').and.not.contain('Firewalls');
  });

  it('says what it is loading, and that a description failed, in Welsh', async function () {
    this.timeout(120_000);
    const nonce = Math.random().toString(36).slice(2);
    // The texts' gate opens soon (a piece that waits 15 s is given up); the index's only at the end.
    const textsNonce = `${nonce}-texts`;
    const index = '/dist/catalogue/index.json';
    // A site's catalogue held back: the roles it names are in no catalogue yet, so every element waits for it.
    const page = await fixture(html`<div lang="cy">
      <role-catalogue src=${`/__gate__/${nonce}/dist/catalogue/index.json`} timeout="300000">
        <role-card role-id="rol-newydd"></role-card>
        <salary-band role-id="rol-newydd"></salary-band>
        <role-compare roles="rol-newydd,rol-arall"></role-compare>
        <role-finder></role-finder>
      </role-catalogue>
      <role-catalogue src=${index} texts-src=${`/__gate__/${textsNonce}/dist/catalogue/texts/{lang}/{id}.json`}><role-card role-id="data-analyst" variant="compact"></role-card></role-catalogue>
      <role-catalogue src=${index} texts-src=${`/__flaky__/${nonce}/dist/catalogue/texts/{lang}/{id}.json`}><role-card role-id="data-engineer"></role-card></role-catalogue>
    </div>`);
    const [waiting, textsWaiting, failing] = [...page.querySelectorAll<RoleCatalogue>('role-catalogue')];
    const held = [...waiting.children];
    await waitFor(() => held.every((el) => part(el, 'loading')), 'an element said nothing while the catalogue loaded');
    const textsCard = textsWaiting.querySelector('role-card')!;
    await waitFor(() => part(textsCard, 'texts-loading'), 'no placeholder while the texts load');
    const failedCard = failing.querySelector('role-card')!;
    await waitFor(() => part(failedCard, 'texts-problem'), 'no message for the failed texts');
    expect(held.map((el) => part(el, 'loading')!.textContent!.trim())).to.deep.equal(['Yn llwytho manylion y rôl…', 'Yn llwytho ffigurau cyflog…', "Yn llwytho'r rolau i'w cymharu…", 'Yn llwytho rolau…']);
    expect(part(textsCard, 'texts-loading')!.textContent).to.contain('Yn llwytho disgrifiad y rôl hon');
    expect(part(failedCard, 'texts-problem')!.textContent).to.contain('Rhoi cynnig arall arni');
    expect([waiting, textsWaiting, failing].flatMap((provider) => englishOutsideLangEn(provider))).to.deep.equal([]);
    await executeServerCommand('open-gate', textsNonce);
    await waitFor(() => shadowText(textsCard).includes('dadansoddwyr data'), 'the Welsh texts never arrived');
    expect(englishOutsideLangEn(textsCard)).to.deep.equal([]);
    for (const el of [...held, textsCard, failedCard]) await expect(el).to.be.accessible();
    await executeServerCommand('open-gate', nonce);
  });
});

describe('Welsh search', () => {
  before(() => loadTitleMatcher());
  const label = (english: string) => findPhrase('cy', english).text;
  const search = (text: string) => searchRoles(bundledCatalogue, { text }, undefined, { lang: 'cy', label }).map((role) => role.id);

  before(async () => {
    // The Welsh messages (and the vocabulary with them) arrive with the first Welsh element.
    const card = await fixture(html`<role-card lang="cy" role-id="qa-test" variant="compact"></role-card>`);
    await settle(card);
  });

  const FOUND: [string, string][] = [
    ['profwr', 'qa-test'],
    ['peiriannydd data', 'data-engineer'],
    ['datblygwr meddalwedd', 'back-end'],
    ['dadansoddwr data', 'data-analyst'],
    ['pensaer cwmwl', 'cloud-architect'],
    ['seiberddiogelwch', 'cyber-security-engineer'],
    // Mutated, as a sentence would write them, and without accents.
    ['beiriannydd data', 'data-engineer'],
    ['ddatblygwr meddalwedd', 'back-end'],
    ['nadansoddwr data', 'data-analyst'],
    ['bensaer cwmwl', 'cloud-architect'],
    ['peiriannydd stac llawn', 'full-stack'],
    ['waliau tan', 'cyber-security-engineer'],
  ];
  for (const [text, id] of FOUND) {
    it(`"${text}" finds ${id}`, () => {
      expect(search(text)).to.include(id);
    });
  }

  it('finds what is not there in neither language', () => {
    expect(search('nyrs gofrestredig')).to.deep.equal([]);
    expect(search('peiriannydd data')).to.not.include('qa-test');
  });

  it('suggests in its hint only searches that find a role', () => {
    const hint = translate('cy', 'searchHint', []).replace(/^e\.e\.\s*/, '');
    const examples = hint.split(',').map((example) => example.trim());
    expect(examples.length).to.be.greaterThan(1);
    for (const example of examples) expect(search(example), example).to.not.be.empty;
  });

  it('reads role-id in Welsh too: a Welsh title, a Welsh alias, accents aside', async () => {
    const page = await fixture(html`<div lang="cy">
      <role-card role-id="Peiriannydd data" variant="compact"></role-card>
      <role-card role-id="Profwr meddalwedd" variant="compact"></role-card>
      <role-card role-id="arweinydd tim" variant="compact"></role-card>
    </div>`);
    const cards = [...page.querySelectorAll('role-card')];
    for (const card of cards) await settle(card);
    expect(cards.map((card) => part(card, 'title')?.textContent?.trim())).to.deep.equal(['Peiriannydd data', 'Peiriannydd sicrhau ansawdd (QA)', 'Rheolwr peirianneg']);
  });

  it('finds Welsh names typed into the finder, and says how many in Welsh', async function () {
    // WebKit's driver takes each key on its own; the limit only stops a hang on a busy machine.
    this.timeout(120_000);
    const finder = await fixture<RoleFinder>(html`<role-finder lang="cy"></role-finder>`);
    await settle(finder);
    finder.shadowRoot!.querySelector<HTMLInputElement>('#search')!.focus();
    await typeText('pensaer cwmwl');
    const ids = () => [...finder.shadowRoot!.querySelectorAll('.result role-card')].map((card) => card.getAttribute('role-id'));
    await waitFor(() => ids().includes('cloud-architect'), 'the Welsh title found nothing');
    expect(finder.shadowRoot!.querySelector('.count')!.textContent).to.match(/rôl yn cyfateb/);
    await expect(finder).to.be.accessible();
  });
});
