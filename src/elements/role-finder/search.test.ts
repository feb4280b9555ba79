import { expect, fixture, html } from '@open-wc/testing';
import { bundledCatalogue } from '../../catalogue/index.js';
import { typeText, waitFor } from '../../test/helpers.js';
import './define.js';
import type { RoleFinder } from './role-finder.js';
import { loadTitleMatcher, searchRoles } from './search.js';

const resultIds = (el: RoleFinder) => [...el.shadowRoot!.querySelectorAll('.result role-card')].map((card) => card.getAttribute('role-id'));
const search = (text: string, stack?: 'front-end') => searchRoles(bundledCatalogue, { text, stack }).map((role) => role.id);

describe('role-finder search box', () => {
  it('puts what the reader typed as a job title first in the element, and is accessible', async () => {
    const el = await fixture<RoleFinder>(html`<role-finder></role-finder>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('#search')!.focus();
    await typeText('java developer');
    // The matcher is fetched when the reader first types; the list updates once it is there.
    await waitFor(() => resultIds(el)[0] === 'back-end', 'back-end was not shown first');
    expect(resultIds(el)).to.deep.equal(['back-end']);
    expect(el.shadowRoot!.querySelector('.count')!.textContent!.trim()).to.equal('1 role matches.');
    await expect(el).to.be.accessible();
  });
});

describe('role-finder search: job titles as readers type them', () => {
  before(() => loadTitleMatcher());

  // What a reader expects first, and that the plain text search alone would not give.
  const FIRST: [string, string][] = [
    ['java developer', 'back-end'],
    ['SRE', 'infrastructure'],
    ['BI analyst', 'data-analyst'],
    ['Business Intelligence Analyst', 'data-analyst'],
    ['senior front end dev', 'front-end'],
    ['quality assurance engineer', 'qa-test'],
    ['react developer', 'front-end'],
    ['pre-sales consultant', 'sales-engineer'],
  ];
  for (const [text, first] of FIRST) {
    it(`"${text}" shows ${first} first`, () => {
      expect(search(text)[0]).to.equal(first);
    });
  }

  it('keeps the other roles the text names, after the one the title names', () => {
    const python = search('python');
    expect(python.length).to.be.greaterThan(3);
    expect(python[0]).to.equal('back-end');
    expect(search('data')).to.include.members(['data-engineer', 'data-analyst']);
  });

  it('shows no role for a job the catalogue does not have, and never QA for a pen tester', () => {
    expect(search('pen tester')).to.not.include('qa-test');
    expect(search('registered nurse')).to.deep.equal([]);
    expect(search('product manager')).to.not.include('product-engineer');
  });

  it('leaves a role the other filters rule out out', () => {
    expect(search('java developer', 'front-end')).to.deep.equal([]);
  });

});
