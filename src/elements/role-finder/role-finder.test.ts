import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { bundledCatalogue, findRole } from '../../catalogue/index.js';
import { overflowing, part, parts, settle, shadowText, typeText, waitFor } from '../../test/helpers.js';
import '../role-catalogue/define.js';
import './define.js';
import { EMPTY_STATE, stateFromHash, stateToHash } from './finder-state.js';
import { GUIDE_QUESTIONS, rankRoles, type GuideAnswers } from './guide.js';
import type { RoleFinder } from './role-finder.js';

const finder = (template = html`<role-finder></role-finder>`) => fixture<RoleFinder>(template);
const $ = <T extends Element = HTMLElement>(el: RoleFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const resultIds = (el: RoleFinder) => [...el.shadowRoot!.querySelectorAll('.result role-card')].map((card) => card.getAttribute('role-id'));
const count = (el: RoleFinder) => $(el, '.count').textContent!.trim();

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

  it('lists every role before any filter, and is accessible', async () => {
    const el = await finder();
    expect(resultIds(el)).to.deep.equal(bundledCatalogue.roles.map((r) => r.id));
    expect(count(el)).to.equal(`${bundledCatalogue.roles.length} roles match.`);
    expect($(el, '.count').getAttribute('role')).to.equal('status');
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
      expect(resultIds(el)).to.deep.equal(expected);
    });
  }

  it('shows a helpful empty state that clears the filters', async () => {
    const el = await finder();
    await choose(el, 'stack', 'front-end');
    await choose(el, 'floor', '80000');
    expect(resultIds(el)).to.deep.equal([]);
    expect(count(el)).to.equal('No roles match.');
    expect(part(el, 'empty')!.textContent).to.contain('No role matches all of these filters');
    await expect(el).to.be.accessible();
    part(el, 'empty')!.querySelector('button')!.click();
    await el.updateComplete;
    expect(resultIds(el)).to.have.length(bundledCatalogue.roles.length);
    expect(el.shadowRoot!.activeElement?.id).to.equal('search');
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
    expect(count(el)).to.equal(`${bundledCatalogue.roles.length} roles match, best fit first.`);
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
    expect(boxes().filter((box) => box.disabled)).to.have.length(bundledCatalogue.roles.length - 4);
    await expect(el).to.be.accessible();
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
