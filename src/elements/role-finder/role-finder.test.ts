import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { bundledCatalogue, findRole } from '../../catalogue/index.js';
import { sendKeys } from '@web/test-runner-commands';
import { overflowing, part, parts, settle, shadowText, typeText, waitFor } from '../../test/helpers.js';
import '../role-catalogue/define.js';
import './define.js';
import { EMPTY_STATE, stateFromHash, stateToHash } from './finder-state.js';
import { GUIDE_QUESTIONS, rankRoles, type GuideAnswers } from './guide.js';
import type { RoleFinder } from './role-finder.js';

const finder = (template = html`<role-finder></role-finder>`) => fixture<RoleFinder>(template);
const $ = <T extends Element = HTMLElement>(el: RoleFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
/** The results listed (not the nearest roles an empty result offers). */
const resultIds = (el: RoleFinder) => [...el.shadowRoot!.querySelectorAll('.result-list:not(.nearest) .result role-card')].map((card) => card.getAttribute('role-id'));
const count = (el: RoleFinder) => $(el, '.count').textContent!.trim();
const moreButton = (el: RoleFinder) => part<HTMLButtonElement>(el, 'more');

/** Presses "Show more" until every result is listed, as a reader who wants them all would. */
async function showAll(el: RoleFinder) {
  for (let button = moreButton(el); button; button = moreButton(el)) {
    button.click();
    await el.updateComplete;
  }
}

/** Elements grouped by the row they sit in (their top, to the pixel), in order. */
function rows<T extends Element>(elements: T[]): T[][] {
  const byTop = new Map<number, T[]>();
  for (const element of elements) {
    const top = Math.round(element.getBoundingClientRect().top);
    byTop.set(top, [...(byTop.get(top) ?? []), element]);
  }
  return [...byTop.values()];
}
const tops = (elements: Element[]) => elements.map((element) => Math.round(element.getBoundingClientRect().top));

async function choose(el: RoleFinder, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Reader profiles and the roles the guided path must rank first and second for them. */
const PROFILES: [string, GuideAnswers, string, string][] = [
  ['likes servers and the cloud', { area: 'systems', code: 'most', surface: 'logic', focus: 'how', oncall: 'fine' }, 'infrastructure', 'network-engineer'],
  ['likes visual work and shipping', { area: 'product', code: 'most', surface: 'visual', focus: 'how', satisfies: 'shipping' }, 'front-end', 'mobile-developer'],
  // Data engineering is not app building (the seed files it under "other engineer roles"): a reader drawn to the apps people use gets full stack second.
  ['likes logic behind the scenes', { area: 'product', code: 'most', surface: 'logic', focus: 'how' }, 'back-end', 'full-stack'],
  ['wants both sides of the stack', { area: 'product', code: 'most', surface: 'both' }, 'full-stack', 'product-engineer'],
  ['cares what gets built', { area: 'product', code: 'some', surface: 'both', focus: 'what', satisfies: 'shipping' }, 'product-engineer', 'full-stack'],
  ['likes fixing problems for people', { area: 'people', code: 'little', surface: 'neither', focus: 'either', satisfies: 'fixing' }, 'application-support', 'it-support-technician'],
  ['wants people and variety', { area: 'people', code: 'little', focus: 'what', employer: 'many' }, 'sales-engineer', 'user-researcher'],
  ['enjoys finding faults', { area: 'unsure', code: 'some', surface: 'neither', focus: 'how', satisfies: 'breaking' }, 'qa-test', 'data-analyst'],
  ['likes explaining numbers', { area: 'data', code: 'some', satisfies: 'insight' }, 'data-analyst', 'data-scientist'],
  ['likes building data pipelines', { area: 'data', code: 'most', surface: 'logic', focus: 'how' }, 'data-engineer', 'back-end'],
  ['wants to build with AI', { area: 'product', code: 'most', satisfies: 'ai' }, 'ai-engineer', 'machine-learning-engineer'],
];

/** Readers whose answers fit the roles issue 25 added: each of these roles must be in the top three. */
const NEW_ROLE_PROFILES: [string, GuideAnswers, string[]][] = [
  ['wants to stop attacks', { area: 'security', code: 'some', satisfies: 'defending' }, ['security-analyst', 'cyber-security-engineer', 'penetration-tester']],
  ['wants to make technology easy to use', { area: 'design', code: 'little', surface: 'visual', focus: 'what', satisfies: 'designing' }, ['user-researcher', 'ux-designer', 'technical-writer']],
  ['likes organising a team', { area: 'leading', code: 'little', focus: 'what', satisfies: 'organising' }, ['product-manager', 'engineering-manager', 'delivery-manager']],
  ['wants to make games or devices', { area: 'devices', code: 'most', surface: 'visual', satisfies: 'making' }, ['game-developer', 'embedded-engineer']],
  ['likes data, code and AI models', { area: 'data', code: 'most', surface: 'logic', satisfies: 'ai' }, ['machine-learning-engineer']],
  ['likes explaining in writing and would rather not be on call', { area: 'design', code: 'little', satisfies: 'explaining', oncall: 'rather-not' }, ['technical-writer', 'developer-relations']],
  ['likes teaching developers in public', { area: 'people', code: 'some', satisfies: 'explaining' }, ['developer-relations']],
  ['builds the apps people use and ships fast', { area: 'product', code: 'most', surface: 'visual', satisfies: 'shipping' }, ['mobile-developer']],
  ['likes the systems underneath and fixing them there and then', { area: 'systems', code: 'some', oncall: 'fine', satisfies: 'fixing' }, ['network-engineer']],
];

describe('guided ranking', () => {
  for (const [who, answers, first, second] of PROFILES) {
    it(`ranks ${first}, then ${second}, for a reader who ${who}`, () => {
      const ranked = rankRoles(bundledCatalogue.roles, answers);
      expect(ranked.slice(0, 2).map((r) => r.role.id)).to.deep.equal([first, second]);
      expect(ranked[0].reasons.length).to.be.greaterThan(0);
    });
  }

  for (const [who, answers, expected] of NEW_ROLE_PROFILES) {
    it(`puts ${expected.join(', ')} in the top three for a reader who ${who}`, () => {
      const top = rankRoles(bundledCatalogue.roles, answers).slice(0, 3);
      for (const id of expected) expect(top.map((r) => r.role.id), id).to.include(id);
      // A role of another family does not sneak in between them on a tie: every top role earned points.
      expect(top.every((r) => r.score > 0 && r.reasons.length > 0)).to.equal(true);
    });
  }

  it('keeps catalogue order when nothing is answered', () => {
    expect(rankRoles(bundledCatalogue.roles, {}).map((r) => r.role.id)).to.deep.equal(bundledCatalogue.roles.map((r) => r.id));
  });
});

describe('finder state in the URL', () => {
  it('round-trips every field and keeps other parameters', () => {
    const state = { ...EMPTY_STATE, text: 'data & stuff', stack: 'back-end' as const, family: 'security' as const, technologies: ['Python', 'C# / .NET'], salaryFloor: 50000, customer: 'no' as const, onCall: 'avoid' as const, answers: { area: 'data', code: 'most' }, step: 7, compare: ['back-end', 'qa-test'] };
    const hash = stateToHash(state, '#other=1');
    expect(hash).to.contain('other=1');
    expect(stateFromHash(hash)).to.deep.equal(state);
  });

  it('ignores values that are not valid', () => {
    const state = stateFromHash('#rf-stack=middle&rf-family=moon&rf-floor=-5&rf-answers=area:moon,code:most&rf-step=99&rf-customer=maybe');
    expect(state).to.deep.equal({ ...EMPTY_STATE, answers: { code: 'most' } });
  });
});

describe('<role-finder>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists every role before any filter, ten at a time, and is accessible', async () => {
    const el = await finder();
    const total = bundledCatalogue.roles.length;
    expect(resultIds(el)).to.deep.equal(bundledCatalogue.roles.slice(0, 10).map((r) => r.id));
    expect(count(el)).to.equal(`${total} roles match. The first 10 are shown.`);
    expect($(el, '.count').getAttribute('role')).to.equal('status');
    expect(part(el, 'results')!.textContent).to.contain(`10 of ${total} roles shown.`);
    expect(moreButton(el)!.textContent!.trim()).to.equal('Show 10 more roles');
    await expect(el).to.be.accessible();
    // Show more: the next ten, focus on the first of them, the count said again.
    moreButton(el)!.click();
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(bundledCatalogue.roles.slice(0, 20).map((r) => r.id));
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-10');
    expect(el.shadowRoot!.activeElement!.querySelector('role-card')!.getAttribute('role-id')).to.equal(bundledCatalogue.roles[10].id);
    expect(count(el)).to.equal(`${total} roles match. The first 20 are shown.`);
    await showAll(el);
    expect(resultIds(el)).to.deep.equal(bundledCatalogue.roles.map((r) => r.id));
    expect(count(el)).to.equal(`${total} roles match.`);
    expect(part(el, 'results')!.textContent).to.contain('End of the results.');
    await expect(el).to.be.accessible();
  });

  it('starts again at the first ten when the search or a filter changes', async () => {
    const el = await finder();
    await showAll(el);
    await choose(el, 'customer', 'yes');
    expect(resultIds(el)).to.have.length(10);
    expect(count(el)).to.match(/^\d+ roles match\. The first 10 are shown\.$/);
  });

  it('lets a keyboard reader skip past the results', async () => {
    const el = await finder();
    const skip = part<HTMLAnchorElement>(el, 'skip')!;
    expect(skip.textContent!.trim()).to.equal('Skip past the results');
    // The first stop in the results, before any card.
    const list = $(el, '.result-list');
    expect(skip.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    skip.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-end');
    // The next Tab goes to "Show more", past every card.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(moreButton(el));
    expect(location.hash).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('searches titles, aliases and technologies as the reader types', async () => {
    const el = await finder();
    $<HTMLInputElement>(el, '#search').focus();
    await typeText('terraform');
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['infrastructure', 'cyber-security-engineer', 'cloud-architect']);
    expect(count(el)).to.equal('3 roles match.');
    $<HTMLInputElement>(el, '#search').value = '';
    await typeText('pen tester');
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['penetration-tester']);
    expect(count(el)).to.equal('1 role matches.');
    $<HTMLInputElement>(el, '#search').value = '';
    await typeText('SDET');
    await el.updateComplete;
    expect(resultIds(el)).to.deep.equal(['qa-test']);
  });

  const combinations: [string, (el: RoleFinder) => Promise<void>, string[]][] = [
    ['part of the stack', (el) => choose(el, 'stack', 'front-end'), ['front-end', 'mobile-developer']],
    ['group of roles', (el) => choose(el, 'family', 'security'), ['cyber-security-engineer', 'security-analyst', 'penetration-tester', 'forensic-computer-analyst']],
    ['group and part of the stack together', async (el) => {
      await choose(el, 'family', 'support');
      await choose(el, 'stack', 'infrastructure');
    }, ['network-engineer']],
    ['pay floor', (el) => choose(el, 'floor', '80000'), ['sales-engineer', 'data-engineer', 'solutions-architect', 'cloud-architect', 'business-analyst']],
    [
      'customer-facing',
      (el) => choose(el, 'customer', 'yes'),
      ['sales-engineer', 'product-engineer', 'application-support', 'data-engineer', 'data-analyst', 'web-developer', 'data-scientist', 'penetration-tester', 'solutions-architect', 'cloud-architect', 'ux-designer', 'web-designer', 'user-researcher', 'delivery-manager', 'business-analyst', 'it-support-technician', 'developer-relations', 'product-manager'],
    ],
    [
      'no on-call and internal',
      async (el) => {
        await choose(el, 'oncall', 'avoid');
        await choose(el, 'customer', 'no');
      },
      ['front-end', 'ai-engineer', 'qa-test', 'mobile-developer', 'technical-writer', 'game-developer', 'games-tester', 'embedded-engineer'],
    ],
    [
      'technologies known',
      async (el) => {
        for (const name of ['Python', 'SQL']) {
          const box = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('.technologies label')].find((l) => l.textContent === name)!.querySelector('input')!;
          box.click();
          await el.updateComplete;
        }
      },
      ['back-end', 'full-stack', 'product-engineer', 'data-engineer', 'data-analyst', 'machine-learning-engineer', 'data-scientist'],
    ],
  ];
  for (const [name, apply, expected] of combinations) {
    it(`filters by ${name}`, async () => {
      const el = await finder();
      await apply(el);
      await showAll(el);
      expect(resultIds(el)).to.deep.equal(expected);
    });
  }

  const nearestIds = (el: RoleFinder) => [...el.shadowRoot!.querySelectorAll('.nearest role-card')].map((card) => card.getAttribute('role-id'));
  const emptyButtons = (el: RoleFinder) => [...part(el, 'empty')!.querySelectorAll<HTMLButtonElement>('.buttons button')];

  it('shows a helpful empty state for filters, with the nearest roles, that clears the filters', async () => {
    const el = await finder();
    await choose(el, 'stack', 'front-end');
    await choose(el, 'floor', '80000');
    expect(resultIds(el)).to.deep.equal([]);
    expect(count(el)).to.equal('No roles match.');
    expect(part(el, 'empty')!.textContent).to.contain('No role matches all of these filters');
    expect(emptyButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Clear all filters']);
    // The nearest roles meet one of the two filters: on the front end, or paying up to £80,000 or more.
    expect(part(el, 'empty')!.textContent).to.contain('The roles nearest to what you are looking for');
    const nearest = nearestIds(el);
    expect(nearest).to.have.length(3);
    for (const id of nearest) {
      const role = findRole(bundledCatalogue, id!)!;
      expect(role.stack === 'front-end' || role.salary.GB!.max >= 80000, id!).to.equal(true);
    }
    await expect(el).to.be.accessible();
    emptyButtons(el)[0].click();
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(10);
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
  });

  it('speaks of the search when only a search finds nothing, and offers roles for its words', async () => {
    const el = await finder();
    $<HTMLInputElement>(el, '#search').focus();
    await typeText('cloud gardener');
    await waitFor(() => el.shadowRoot!.querySelector('[part~=empty]'), 'no empty state');
    const empty = part(el, 'empty')!.textContent!.replace(/\s+/g, ' ');
    expect(empty).to.contain('No role matches “cloud gardener”.');
    expect(empty).not.to.contain('filters');
    expect(emptyButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Clear the search']);
    // "cloud" is in the cloud architect's title and in many roles' technologies.
    expect(nearestIds(el)).to.include('cloud-architect');
    await expect(el).to.be.accessible();
    emptyButtons(el)[0].click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#search').value).to.equal('');
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
  });

  it('speaks of both when a search and filters together find nothing, and clears either', async () => {
    const el = await finder();
    await choose(el, 'family', 'security');
    $<HTMLInputElement>(el, '#search').focus();
    await typeText('figma');
    await waitFor(() => el.shadowRoot!.querySelector('[part~=empty]'), 'no empty state');
    expect(part(el, 'empty')!.textContent).to.contain('No role matches “figma” together with your filters.');
    expect(emptyButtons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Clear the search', 'Clear the filters']);
    expect(nearestIds(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
    // Clearing the filters keeps the search: Figma's roles appear.
    emptyButtons(el)[1].click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#search').value).to.equal('figma');
    expect(resultIds(el)).to.include('ux-designer');
  });

  it('ranks a search by fit: job titles bring their roles first', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, '#search');
    input.focus();
    await typeText('software engineer');
    await waitFor(() => resultIds(el).includes('back-end'), 'no back-end role for "software engineer"');
    expect(resultIds(el).slice(0, 4)).to.include.members(['back-end', 'full-stack', 'front-end']);
    input.value = '';
    await typeText('programmer');
    await waitFor(() => resultIds(el).includes('game-developer'), 'the game developer was not found');
    expect(resultIds(el)[0]).to.equal('back-end');
    await expect(el).to.be.accessible();
  });

  it('lists only technologies in the technologies filter, grouped by kind, with a box to find one', async () => {
    const el = await finder();
    const details = $<HTMLDetailsElement>(el, 'details.technologies');
    details.open = true;
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('.tech-group legend')].map((legend) => legend.textContent!.trim());
    expect(groups).to.include.members(['Languages', 'Frameworks', 'Databases', 'Tools']);
    const names = [...el.shadowRoot!.querySelectorAll('.tech-group label')].map((label) => label.textContent!.trim());
    for (const practice of ['Interviews', 'Surveys', 'Risk logs', 'One-to-one meetings', 'Style guides', 'Scrum']) expect(names).not.to.include(practice);
    expect(names).to.include.members(['Python', 'React', 'PostgreSQL', 'Figma']);
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#tech-search').focus();
    await typeText('sql');
    await el.updateComplete;
    const found = [...el.shadowRoot!.querySelectorAll('.tech-group label')].map((label) => label.textContent!.trim());
    expect(found.length).to.be.greaterThan(1);
    expect(found.every((name) => name.toLowerCase().includes('sql'))).to.equal(true);
    await typeText('zzz');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tech-groups')!.textContent).to.contain('No technology in this list matches “sqlzzz”.');
    await expect(el).to.be.accessible();
    // A practice is still found by the search box.
    const search = $<HTMLInputElement>(el, '#search');
    search.focus();
    await typeText('Scrum');
    await el.updateComplete;
    expect(resultIds(el).length).to.be.greaterThan(0);
  });

  it('walks the guided questions, ranks with reasons, and lets the reader change an answer', async () => {
    const el = await finder();
    const changes: unknown[] = [];
    el.addEventListener('role-finder-change', (e) => changes.push((e as CustomEvent).detail));
    part(el, 'guide')!.querySelector('button')!.click();
    await el.updateComplete;
    const answers = PROFILES[0][1];
    for (const [index, question] of GUIDE_QUESTIONS.entries()) {
      expect(shadowText(el)).to.contain(`Question ${index + 1} of ${GUIDE_QUESTIONS.length}`);
      expect(el.shadowRoot!.activeElement?.id).to.equal(`question-${index}`);
      // axe once on a question (every question shares one template; the hardening suite checks the state light and dark).
      if (index === 0) await expect(el).to.be.accessible();
      const answer = answers[question.id];
      if (answer) {
        $<HTMLInputElement>(el, `input[name=question-${question.id}][value=${answer}]`).click();
        await el.updateComplete;
      }
      const next = [...part(el, 'guide')!.querySelectorAll('button')].at(-1)!;
      expect(next.textContent!.trim()).to.equal(index + 1 < GUIDE_QUESTIONS.length ? (answer ? 'Next' : 'Skip') : 'See my results');
      next.click();
      await el.updateComplete;
    }
    expect(resultIds(el).slice(0, 2)).to.deep.equal(['infrastructure', 'network-engineer']);
    expect(count(el)).to.equal(`${bundledCatalogue.roles.length} roles match, best fit first. The first 10 are shown.`);
    expect(part(el, 'reason')!.textContent).to.equal('It fits because you are drawn to the systems underneath, it is mostly writing code, you like the logic behind the scenes, you care about how things are built and you are happy to be on call.');
    expect(changes.length).to.be.greaterThan(GUIDE_QUESTIONS.length);
    await expect(el).to.be.accessible();

    // Change the first answer: the ranking follows.
    $<HTMLButtonElement>(el, '.answers button').click();
    await el.updateComplete;
    $<HTMLInputElement>(el, 'input[name=question-area][value=data]').click();
    await el.updateComplete;
    el.state = { ...el.state, step: GUIDE_QUESTIONS.length };
    await el.updateComplete;
    expect(resultIds(el)[0]).to.equal('data-engineer');
  });

  it('draws every result\'s band on one pay scale, steady while filters change', async () => {
    const el = await finder();
    await showAll(el);
    await settle(el);
    /** Where £45,000 falls along a result's track (0 to 1), read from the range as drawn. */
    const positionOf45k = (id: string) => {
      const card = el.shadowRoot!.querySelector(`.result role-card[role-id=${id}]`)!;
      const band = card.shadowRoot!.querySelector('salary-band')!;
      const range = part(band, 'range')!.getBoundingClientRect();
      const track = part(band, 'scale')!.getBoundingClientRect();
      const { min, max } = findRole(bundledCatalogue, id)!.salary.GB!;
      const x = range.left + ((45000 - min) * range.width) / (max - min);
      return (x - track.left) / track.width;
    };
    // A £31–47k band and a £40–91k band: £45k must sit at the same place along both.
    const analyst = positionOf45k('data-analyst');
    expect(analyst).to.be.closeTo(positionOf45k('back-end'), 0.005);
    await choose(el, 'stack', 'back-end');
    await settle(el);
    expect(resultIds(el)).not.to.include('data-analyst');
    expect(positionOf45k('back-end')).to.be.closeTo(analyst, 0.005);
  });

  it('ticks up to four results to compare side by side', async () => {
    const el = await finder();
    const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.compare-check input')];
    boxes()[1].click();
    await el.updateComplete;
    expect(part(el, 'compare')!.textContent).to.contain('Tick one more role');
    for (const index of [2, 3, 4]) {
      boxes()[index].click();
      await el.updateComplete;
    }
    const compare = part(el, 'compare')!.querySelector('role-compare')!;
    expect(compare.getAttribute('roles')).to.equal('back-end,front-end,full-stack,sales-engineer');
    expect(boxes().filter((box) => box.disabled)).to.have.length(boxes().length - 4);
    await expect(el).to.be.accessible();
  });

  it('shows the roles ticked in a tray, says each change, and takes the reader to the comparison', async () => {
    const el = await finder();
    const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.compare-check input')];
    const news = () => $(el, '.finder > [role=status]').textContent!.trim();
    expect(part(el, 'tray')).to.equal(null);
    boxes()[1].click();
    await el.updateComplete;
    const [first, second] = [bundledCatalogue.roles[1], bundledCatalogue.roles[2]];
    expect(news()).to.equal(`${first.title} added to the comparison (1 of 4).`);
    expect(part(el, 'tray')!.textContent!.replace(/\s+/g, ' ')).to.contain(`Comparing 1 role: ${first.title}`);
    expect(part(el, 'tray')!.textContent).to.contain('Tick one more role');
    boxes()[2].click();
    await el.updateComplete;
    expect(news()).to.equal(`${second.title} added to the comparison (2 of 4).`);
    const tray = part(el, 'tray')!;
    expect(tray.textContent!.replace(/\s+/g, ' ')).to.contain(`Comparing 2 roles: ${first.title}, ${second.title}`);
    // In view while the reader scrolls the results.
    expect(getComputedStyle(tray).position).to.equal('sticky');
    await expect(el).to.be.accessible();
    const now = tray.querySelector('button')!;
    expect(now.textContent!.trim()).to.equal('Compare now');
    now.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('compare-heading');
    expect(part(el, 'compare')!.contains(el.shadowRoot!.activeElement)).to.equal(true);
    boxes()[1].click();
    await el.updateComplete;
    expect(news()).to.equal(`${first.title} removed from the comparison.`);
  });

  it('keeps its state in the URL hash with sync-url, and restores it from a shared link', async () => {
    const el = await finder(html`<role-finder sync-url></role-finder>`);
    await choose(el, 'stack', 'back-end');
    expect(location.hash).to.equal('#rf-stack=back-end');
    el.remove();

    history.replaceState(null, '', '#rf-q=data&rf-family=data-ai&rf-compare=data-engineer,data-analyst');
    const restored = await finder(html`<role-finder sync-url></role-finder>`);
    expect(resultIds(restored)).to.deep.equal(['data-engineer', 'data-analyst', 'data-scientist', 'database-administrator']);
    expect($<HTMLSelectElement>(restored, '#family').value).to.equal('data-ai');
    expect(part(restored, 'compare')!.querySelector('role-compare')!.getAttribute('roles')).to.equal('data-engineer,data-analyst');

    location.hash = '#rf-stack=infrastructure';
    await waitFor(() => resultIds(restored).join() === 'infrastructure,network-engineer,cloud-architect', 'hashchange was not followed');
  });

  it('passes on role-select from its cards', async () => {
    const el = await finder();
    const selected = oneEvent(el, 'role-select');
    el.shadowRoot!.querySelector('role-card')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=expand]')!.click();
    expect((await selected).detail).to.deep.equal({ roleId: 'infrastructure' });
  });

  it('fits 320 px without sideways overflow, with every role listed and every filter open', async () => {
    const wrapper = await fixture(html`<div style="width: 320px"><role-finder></role-finder></div>`);
    const el = wrapper.querySelector('role-finder')!;
    $<HTMLDetailsElement>(el, 'details.technologies').open = true;
    await showAll(el);
    await settle(el);
    expect(parts(el, 'result')).to.have.length(bundledCatalogue.roles.length);
    expect(bundledCatalogue.roles.length).to.be.at.least(30);
    expect(overflowing(el)).to.deep.equal([]);
    // Two roles ticked: the comparison inside the finder fits too.
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.compare-check input')];
    boxes[11].click();
    boxes[12].click();
    await settle(el);
    expect(part(el, 'compare')!.querySelector('role-compare')).to.exist;
    expect(overflowing(el)).to.deep.equal([]);
  });

  it('lines up the Compare boxes of results side by side, however long each card is', async () => {
    const wrapper = await fixture(html`<div style="width: 1068px"><role-finder></role-finder></div>`);
    const el = wrapper.querySelector<RoleFinder>('role-finder')!;
    await settle(el);
    const results = rows(parts(el, 'result'));
    expect(results[0].length, 'results side by side at 1068 px').to.be.at.least(2);
    // The cards' own heights differ (their summaries are of different lengths), so only the layout can line the boxes up.
    const heights = results.map((row) => new Set(row.map((result) => Math.round(part(result.querySelector('role-card')!, 'base')!.getBoundingClientRect().height))).size);
    expect(Math.max(...heights), 'cards of different heights in a row').to.be.at.least(2);
    for (const row of results) expect(new Set(tops(row.map((result) => result.querySelector('.compare-check input')!))).size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('gives the search its examples as visible text that wraps, not as a placeholder that is cut', async () => {
    const wrapper = await fixture(html`<div style="width: 272px; font-family: system-ui, sans-serif"><role-finder></role-finder></div>`);
    const el = wrapper.querySelector<RoleFinder>('role-finder')!;
    await settle(el);
    const input = $<HTMLInputElement>(el, '#search');
    const hint = $(el, '#search-hint');
    expect(input.placeholder).to.equal('');
    expect(input.getAttribute('aria-describedby')).to.equal('search-hint');
    expect(hint.textContent!.trim()).to.equal('e.g. DevOps, Python, tester');
    expect(hint.scrollWidth).to.be.at.most(hint.clientWidth);
    expect(hint.getBoundingClientRect().bottom).to.be.at.most(input.getBoundingClientRect().top);
    await expect(el).to.be.accessible();
  });

  it('offers only the groups its catalogue uses, and none for a catalogue without groups', async () => {
    const el = await finder();
    const options = [...$<HTMLSelectElement>(el, '#family').options].map((o) => o.textContent!.trim());
    expect(options).to.deep.equal(['All groups', 'By part of the stack', 'Other engineering roles', 'Data and AI', 'Security', 'Design and writing', 'Leading teams and projects', 'Hardware and games', 'Support and networks']);
    const plain = await fixture<HTMLElement>(html`<role-catalogue .catalogue=${{ ...bundledCatalogue, roles: bundledCatalogue.roles.slice(0, 3).map(({ family: _family, ...role }) => role) }}><role-finder></role-finder></role-catalogue>`);
    const inner = plain.querySelector('role-finder') as RoleFinder;
    await waitFor(() => parts(inner, 'result').length === 3, 'the site catalogue was not used');
    expect(inner.shadowRoot!.querySelector('#family')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<role-finder> in Welsh', () => {
  const welshFinder = async () => {
    const page = await fixture(html`<div lang="cy"><role-finder></role-finder></div>`);
    const el = page.querySelector<RoleFinder>('role-finder')!;
    await settle(el);
    return el;
  };

  it('pages, skips and counts in Welsh, and is accessible', async () => {
    const el = await welshFinder();
    const total = bundledCatalogue.roles.length;
    expect(count(el)).to.equal(`Mae ${total} rôl yn cyfateb. Dangosir y 10 cyntaf.`);
    expect(part(el, 'skip')!.textContent!.trim()).to.equal("Neidio heibio i'r canlyniadau");
    expect(part(el, 'results')!.textContent).to.contain(`Dangosir 10 o ${total} rôl.`);
    expect(moreButton(el)!.textContent!.trim()).to.equal('Dangos 10 rôl arall');
    await expect(el).to.be.accessible();
    moreButton(el)!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('result-10');
    await showAll(el);
    expect(part(el, 'results')!.textContent).to.contain('Diwedd y canlyniadau.');
  });

  it('groups technologies, says what the reader searched for, and offers the nearest roles in Welsh', async () => {
    const el = await welshFinder();
    $<HTMLDetailsElement>(el, 'details.technologies').open = true;
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('.tech-group legend')].map((legend) => legend.textContent!.trim());
    expect(groups).to.include.members(['Ieithoedd', 'Fframweithiau', 'Cronfeydd data', 'Offer']);
    expect($(el, 'label[for=tech-search]').textContent!.trim()).to.equal('Dod o hyd i dechnoleg');
    await expect(el).to.be.accessible();
    $<HTMLInputElement>(el, '#search').focus();
    await typeText('cloud gardener');
    await waitFor(() => el.shadowRoot!.querySelector('[part~=empty]'), 'no empty state');
    const empty = part(el, 'empty')!.textContent!.replace(/\s+/g, ' ');
    expect(empty).to.contain('Does dim un rôl yn cyfateb i “cloud gardener”.');
    expect(empty).to.contain("Y rolau agosaf at yr hyn rydych chi'n chwilio amdano:");
    expect(empty).to.contain("Clirio'r chwiliad");
    await expect(el).to.be.accessible();
  });

  it('lines up the filters in a row when a longer Welsh label wraps', async () => {
    // In the demo pages' sans-serif at 1100 px: "Gall y cyflog gyrraedd o leiaf" takes two lines, "Grŵp o rolau" one.
    const page = await fixture(html`<div lang="cy" style="width: 1068px; font-family: system-ui, sans-serif"><role-finder></role-finder></div>`);
    const el = page.querySelector<RoleFinder>('role-finder')!;
    await settle(el);
    const fields = rows([...el.shadowRoot!.querySelectorAll<HTMLElement>('.field-row > .field')]);
    // The text's own height: the label's box is stretched to its row.
    const textHeight = (label: Element) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return Math.round(range.getBoundingClientRect().height);
    };
    const labelHeights = fields.map((row) => new Set(row.map((field) => textHeight(field.querySelector('label')!))).size);
    expect(Math.max(...labelHeights), 'a label that wraps beside one that does not').to.be.at.least(2);
    for (const row of fields) expect(new Set(tops(row.map((field) => field.querySelector('select')!))).size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows the Welsh search examples whole in a 320 px page', async () => {
    const page = await fixture(html`<div lang="cy" style="width: 272px; font-family: system-ui, sans-serif"><role-finder></role-finder></div>`);
    const el = page.querySelector<RoleFinder>('role-finder')!;
    await settle(el);
    const hint = $(el, '#search-hint');
    expect(hint.textContent!.trim()).to.equal('e.e. DevOps, Python, profwr');
    expect($<HTMLInputElement>(el, '#search').placeholder).to.equal('');
    expect(hint.scrollWidth).to.be.at.most(hint.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('names the roles ticked in the tray and says each change in Welsh', async () => {
    const el = await welshFinder();
    const boxes = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.compare-check input')];
    const titles = [...el.shadowRoot!.querySelectorAll('.result role-card')].slice(0, 2).map((card) => card.shadowRoot!.querySelector('[part~=title]')!.textContent!.trim());
    boxes()[0].click();
    await el.updateComplete;
    boxes()[1].click();
    await el.updateComplete;
    expect($(el, '.finder > [role=status]').textContent!.trim()).to.equal(`Ychwanegwyd ${titles[1]} at y gymhariaeth (2 o 4).`);
    const tray = part(el, 'tray')!;
    expect(tray.textContent!.replace(/\s+/g, ' ')).to.contain(`Cymharu dwy rôl: ${titles[0]}, ${titles[1]}`);
    expect(tray.querySelector('button')!.textContent!.trim()).to.equal('Cymharu nawr');
    await expect(el).to.be.accessible();
  });
});
