/**
 * A catalogue kept in pieces: a site's split catalogue through <role-catalogue src texts-src>, and
 * the bundled one the script-tag loader reads (built into dist/catalogue/ by npm test's build).
 * Pieces that are slow, that fail, and that fail once and then arrive on "Try again".
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../elements/role-catalogue/define.js';
import '../elements/role-card/define.js';
import '../elements/role-compare/define.js';
import type { RoleCard } from '../elements/role-card/role-card.js';
import type { RoleCatalogue } from '../elements/role-catalogue/role-catalogue.js';
import { captureWarnings, expectResources, part, shadowText, waitFor } from '../test/helpers.js';

const INDEX = '/dist/catalogue/index.json';
/** A fresh nonce per test: the flaky and gated routes remember per nonce (see web-test-runner.config.mjs). */
const nonce = () => Math.random().toString(36).slice(2);
const textRequests = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/catalogue/texts/'));

async function splitCard(textsSrc: string, roleId = 'qa-test') {
  const provider = await fixture<RoleCatalogue>(html`<role-catalogue src=${INDEX} texts-src=${textsSrc}><role-card role-id=${roleId} sections="summary pay technologies"></role-card></role-catalogue>`);
  await provider.loaded;
  const card = provider.querySelector<RoleCard>('role-card')!;
  await waitFor(() => part(card, 'title'), 'the card showed no title from the index');
  return card;
}

describe('a split catalogue (index and texts in pieces)', () => {
  it('shows the title, tags and pay from the index, and fetches the texts of the role it shows and no other', async () => {
    performance.clearResourceTimings();
    const id = nonce();
    const card = await splitCard(`/__gate__/${id}/dist/catalogue/texts/{lang}/{id}.json`);
    // Texts held back: the facts are on screen, the description keeps its space and says it is loading.
    expect(part(card, 'title')!.textContent).to.contain('QA engineer');
    expect(shadowText(card)).to.contain('Playwright');
    await waitFor(() => card.shadowRoot!.querySelector('salary-band')?.shadowRoot?.textContent?.includes('£'), 'the band drew no pay');
    const pending = part(card, 'texts-loading')!;
    expect(pending.getAttribute('role')).to.equal('status');
    expect(pending.textContent).to.contain('Loading the description of this role');
    expect(pending.getBoundingClientRect().height).to.be.greaterThan(40);
    await expect(card).to.be.accessible();
    await executeServerCommand('open-gate', id);
    await waitFor(() => shadowText(card).includes('Makes sure bugs are caught'), 'the texts never arrived');
    expect(part(card, 'texts-loading')).to.equal(null);
    await expectResources(() => textRequests().filter((path) => path.includes(id)), [`/__gate__/${id}/dist/catalogue/texts/en/qa-test.json`]);
    await expect(card).to.be.accessible();
  });

  it('renders an element again when a piece it shows arrives, not when another role\'s does', async () => {
    const id = nonce();
    // A gate per role ({id} in the nonce), so each role's texts can be let through on their own.
    const provider = await fixture<RoleCatalogue>(html`<role-catalogue src=${INDEX} texts-src=${`/__gate__/${id}-{id}/dist/catalogue/texts/{lang}/{id}.json`}>
      <role-card role-id="qa-test" sections="summary"></role-card><role-card role-id="back-end" sections="summary"></role-card>
    </role-catalogue>`);
    await provider.loaded;
    const [qa, backEnd] = provider.querySelectorAll<RoleCard>('role-card');
    await waitFor(() => part(qa, 'texts-loading') && part(backEnd, 'texts-loading'), 'the cards did not wait for their texts');
    await Promise.all([qa.updateComplete, backEnd.updateComplete]);
    const renders = new Map<RoleCard, number>([[qa, 0], [backEnd, 0]]);
    for (const card of [qa, backEnd]) {
      const update = (card as unknown as { update(changed: unknown): void }).update;
      Object.assign(card, { update(this: RoleCard, changed: unknown) { renders.set(card, renders.get(card)! + 1); update.call(this, changed); } });
    }
    await executeServerCommand('open-gate', `${id}-back-end`);
    await waitFor(() => !part(backEnd, 'texts-loading'), 'the back-end texts never arrived');
    await Promise.all([qa.updateComplete, backEnd.updateComplete]);
    expect(renders.get(backEnd)).to.equal(1);
    expect(renders.get(qa), 'the QA card rendered for the back-end texts').to.equal(0);
    await executeServerCommand('open-gate', `${id}-qa-test`);
    await waitFor(() => !part(qa, 'texts-loading'), 'the QA texts never arrived');
    await Promise.all([qa.updateComplete, backEnd.updateComplete]);
    expect(shadowText(qa)).to.contain('Makes sure bugs are caught');
    expect([renders.get(qa), renders.get(backEnd)]).to.deep.equal([1, 1]);
  });

  it('says plainly when texts fail to arrive, keeps what the index gave, warns once, and tries again', async () => {
    const id = nonce();
    let card!: RoleCard;
    const warnings = await captureWarnings(async () => {
      card = await splitCard(`/__flaky__/${id}/dist/catalogue/texts/{lang}/{id}.json`);
      await waitFor(() => part(card, 'texts-problem'), 'no message for the failed piece');
      await card.updateComplete;
      card.requestUpdate();
      await card.updateComplete;
    });
    const problem = part(card, 'texts-problem')!;
    expect(problem.textContent).to.contain('could not be loaded');
    expect(part(card, 'title')!.textContent).to.contain('QA engineer');
    expect(shadowText(card)).to.contain('Playwright');
    expect(warnings.filter((warning) => warning.includes('qa-test')).length, warnings.join('\n')).to.equal(1); // the pieces' warning, once: the card adds none
    const retry = part<HTMLButtonElement>(card, 'retry')!;
    expect(retry.textContent).to.contain('Try again');
    await expect(card).to.be.accessible();
    retry.click();
    await waitFor(() => shadowText(card).includes('Makes sure bugs are caught'), 'Try again did not load the texts');
    expect(part(card, 'texts-problem')).to.equal(null);
  });

  it('one Try again mends every piece an outage broke, keeps focus on the texts, and warns once per piece', async () => {
    const id = nonce();
    const ids = ['qa-test', 'back-end', 'front-end'];
    let provider!: RoleCatalogue;
    const warnings = await captureWarnings(async () => {
      provider = await fixture<RoleCatalogue>(html`<role-catalogue src=${INDEX} texts-src=${`/__flaky__/${id}/dist/catalogue/texts/{lang}/{id}.json`}>
        ${ids.map((roleId) => html`<role-card role-id=${roleId} sections="summary"></role-card>`)}
      </role-catalogue>`);
      await provider.loaded;
      const cards = [...provider.querySelectorAll<RoleCard>('role-card')];
      await waitFor(() => cards.every((card) => part(card, 'texts-problem')), 'not every card showed the failed piece');
      for (const card of cards) {
        card.requestUpdate();
        await card.updateComplete;
      }
    });
    const cards = [...provider.querySelectorAll<RoleCard>('role-card')];
    // One warning per failed piece, however often the cards render.
    for (const roleId of ids) expect(warnings.filter((warning) => warning.includes(`"${roleId}"`)).length, warnings.join('\n')).to.equal(1);
    await expect(cards[1]).to.be.accessible();
    const retry = part<HTMLButtonElement>(cards[1], 'retry')!;
    retry.focus();
    retry.click();
    // Every card's texts come back from the one click.
    await waitFor(() => cards.every((card) => !part(card, 'texts-problem') && !part(card, 'texts-loading')), 'one Try again did not mend every card');
    expect(shadowText(cards[0])).to.contain('Makes sure bugs are caught');
    expect(shadowText(cards[1])).to.contain('Writes the code behind a product');
    // The button has gone: focus rests on the texts it fetched, never on <body>.
    expect(document.activeElement).to.equal(cards[1]);
    expect(cards[1].shadowRoot!.activeElement?.classList.contains('role-texts')).to.equal(true);
    expect(cards[1].shadowRoot!.activeElement!.textContent).to.contain('Writes the code behind a product');
    await expect(cards[1]).to.be.accessible();
  });

  it('a piece that does not exist (a 404), or holds something else, shows the message, never a spinner for ever', async () => {
    const card = await splitCard('/no-such-folder/{lang}/{id}.json');
    await waitFor(() => part(card, 'texts-problem'), 'no message for a missing piece');
    expect(part(card, 'texts-loading')).to.equal(null);
    await expect(card).to.be.accessible();
    // A role's facts where its texts should be: the card says so rather than drawing half a profile.
    const confused = await splitCard('/dist/catalogue/roles/{id}.json', 'back-end');
    await waitFor(() => part(confused, 'texts-problem'), 'no message for a piece of the wrong shape');
    expect(part(confused, 'title')!.textContent).to.contain('Back-end engineer');
  });

  it('a comparison fetches the texts of the roles it shows', async () => {
    performance.clearResourceTimings();
    const id = nonce();
    const provider = await fixture<RoleCatalogue>(html`<role-catalogue src=${INDEX} texts-src=${`/__gate__/${id}/dist/catalogue/texts/{lang}/{id}.json`}><role-compare roles="back-end,qa-test" rows="stack summary"></role-compare></role-catalogue>`);
    await provider.loaded;
    const compare = provider.querySelector('role-compare')!;
    await executeServerCommand('open-gate', id);
    // Both roles' words on screen, then both requests among the resource timings.
    await waitFor(() => shadowText(compare).includes('Makes sure bugs are caught') && shadowText(compare).includes('Writes the code behind a product'), 'the comparison did not show both roles\' texts');
    await expectResources(() => textRequests().filter((path) => path.includes(id)), [`/__gate__/${id}/dist/catalogue/texts/en/back-end.json`, `/__gate__/${id}/dist/catalogue/texts/en/qa-test.json`]);
    await expect(compare).to.be.accessible();
  });

  it('rejects an index whose roles are not facts, naming the problem', async () => {
    const provider = await fixture<RoleCatalogue>(html`<role-catalogue src="/src/test/fixtures/invalid-catalogue.json" texts-src="/x/{lang}/{id}.json"></role-catalogue>`);
    await provider.loaded;
    expect(part(provider, 'status')!.textContent).to.contain('could not be loaded');
  });

  it('fetches the texts in the reader\'s language, and shows the title in it from the index', async () => {
    performance.clearResourceTimings();
    const wrapper = await fixture(html`<div lang="cy-GB"><role-catalogue src=${INDEX} texts-src="/dist/catalogue/texts/{lang}/{id}.json"><role-card role-id="qa-test" sections="summary"></role-card></role-catalogue></div>`);
    const provider = wrapper.querySelector<RoleCatalogue>('role-catalogue')!;
    await provider.loaded;
    const card = provider.querySelector<RoleCard>('role-card')!;
    await waitFor(() => shadowText(card).includes('namau'), 'the Welsh texts never arrived');
    expect(part(card, 'title')!.textContent).to.contain('Peiriannydd sicrhau ansawdd');
    // Texts and title in Welsh: nothing shown as English but the job boards' aliases, marked so on purpose.
    expect([...card.shadowRoot!.querySelectorAll('[lang="en"]')].map((el) => el.closest('[part]')?.getAttribute('part'))).to.deep.equal(['aliases']);
    // The Welsh words above came from the Welsh piece; no English piece was asked for. (WebKit may
    // answer a piece from its memory cache without a resource timing entry, so none is required.)
    expect(textRequests().filter((path) => !path.startsWith('/dist/catalogue/texts/cy/'))).to.deep.equal([]);
    await expect(card).to.be.accessible();
  });

  it('where the catalogue has no texts in the reader\'s language, shows English marked lang="en" and warns once', async () => {
    let card!: RoleCard;
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(html`<div lang="fr"><role-catalogue src=${INDEX} texts-src="/dist/catalogue/texts/{lang}/{id}.json"><role-card role-id="back-end" sections="summary"></role-card></role-catalogue></div>`);
      await wrapper.querySelector<RoleCatalogue>('role-catalogue')!.loaded;
      card = wrapper.querySelector<RoleCard>('role-card')!;
      await waitFor(() => shadowText(card).includes('Writes the code behind a product'), 'no English texts');
      card.requestUpdate();
      await card.updateComplete;
    });
    const marked = [...card.shadowRoot!.querySelectorAll('[lang="en"]')].map((el) => el.textContent);
    expect(marked.some((text) => text!.includes('Writes the code behind a product')), 'the texts are marked English').to.equal(true);
    expect(marked.some((text) => text!.includes('Back-end engineer')), 'the title is marked English').to.equal(true);
    expect(warnings.filter((warning) => warning.includes('"fr"')).length, warnings.join('\n')).to.be.within(1, 2);
  });
});

