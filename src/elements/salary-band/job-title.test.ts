/**
 * A job board's results list: each advert's band from the title and pay the board already prints
 * (`job-title`, `value`, `value-max`, `pay-unit`), compact, with nothing meant for developers
 * shown to readers.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { captureWarnings, engine, itIn, part, shadowText, waitFor } from '../../test/helpers.js';
import '../role-card/define.js';
import type { RoleCard } from '../role-card/role-card.js';
import './define.js';
import type { SalaryBand } from './salary-band.js';

/** Waits until the band has read its advert (the reader chunk and the roles to match are here) and drawn it. */
async function settled<T extends SalaryBand | RoleCard>(el: T): Promise<T> {
  await waitFor(() => el.jobMatch && !el.jobMatch.loading, 'the advert was never read');
  await el.updateComplete;
  await waitFor(() => !el.shadowRoot!.querySelector('[part~=loading]'), 'the band stayed loading');
  await el.updateComplete;
  return el;
}
const band = async (template: ReturnType<typeof html>) => settled(await fixture<SalaryBand>(template));
const description = (el: Element) => el.shadowRoot!.querySelector('[role=img]')!.getAttribute('aria-label')!;
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Words only a developer should read: attribute names, ids, code. */
const DEVELOPER_WORDS = /role-id|job-title|job-posting|Set `|infrastructure, back-end|JSON|undefined|NaN/;

describe('job-title: a band from the title and pay a results list prints', () => {
  afterEach(async () => {
    if (engine !== 'webkit') await setViewport({ width: 800, height: 600 });
  });

  it('finds the role a title names, tools and all, and places the advertised pay on it', async () => {
    const el = await band(html`<salary-band job-title="Data Engineer – Python / Spark / Airflow" value="55000" value-max="70000" pay-unit="year"></salary-band>`);
    expect(el.jobMatch).to.deep.include({ roleId: 'data-engineer', strength: 'strong', title: 'Data Engineer – Python / Spark / Airflow' });
    expect(text(part(el, 'label'))).to.equal('Data engineer, United Kingdom');
    expect(text(part(el, 'marker-label'))).to.equal('This job: £55,000 to £70,000, within the middle half');
    expect(description(el)).to.contain('This job: £55,000 to £70,000, within the middle half');
    await expect(el).to.be.accessible();
  });

  it('converts pay stated by the day to the band\'s year with the role\'s hours, and shows the day rate in the compact band', async () => {
    const el = await band(html`<salary-band variant="compact" job-title="Contract Java Developer - 6 months - Outside IR35" value="550" value-max="650" pay-unit="day"></salary-band>`);
    expect(el.jobMatch?.roleId).to.equal('back-end');
    expect(text(part(el, 'figures'))).to.equal('£550 to £650 a day');
    expect(text(part(el, 'marker-label'))).to.match(/^Above the middle half/);
    // The sentence a screen reader hears says the converted figures in full.
    expect(description(el)).to.contain('This job: £143,000 to £169,000, above the middle half');
    await expect(el).to.be.accessible();
  });

  it('lets role-id name the role outright, and job-title win over the page\'s JobPosting title', async () => {
    const byId = await band(html`<salary-band role-id="qa-test" job-title="Senior Data Engineer" value="40000"></salary-band>`);
    expect(text(part(byId, 'label'))).to.equal('QA engineer, United Kingdom');
    fixtureCleanup();
    const jsonLd = `<script type="application/ld+json" id="posting-x">${JSON.stringify({ '@type': 'JobPosting', title: 'Registered Nurse', baseSalary: { currency: 'GBP', value: { minValue: 40000, maxValue: 45000, unitText: 'YEAR' } } })}</script>`;
    const wrapper = await fixture(html`<div>${unsafeHTML(jsonLd)}<salary-band job-posting="posting-x" job-title="Network Engineer (CCNP)"></salary-band></div>`);
    const el = await settled(wrapper.querySelector<SalaryBand>('salary-band')!);
    expect(el.jobMatch).to.deep.include({ roleId: 'network-engineer', title: 'Network Engineer (CCNP)' });
    // The pay still comes from the posting, as the element gives none of its own.
    expect(text(part(el, 'marker-label'))).to.contain('£40,000 to £45,000');
  });

  it('says "closest role" where the title does not decide, in the compact label and the sentence', async () => {
    const el = await band(html`<salary-band variant="compact" job-title="Software Engineer" value="42000" value-max="52000" pay-unit="year"></salary-band>`);
    expect(el.jobMatch?.strength).to.equal('weak');
    expect(text(part(el, 'label'))).to.equal('Closest role: Back-end engineer');
    expect(description(el)).to.match(/^Closest role: Back-end engineer, United Kingdom:/);
    await expect(el).to.be.accessible();
  });

  it('shows a job outside technology its advertised pay and a plain line, and lists every unmatched title in one console warning', async () => {
    let els: SalaryBand[] = [];
    const warnings = await captureWarnings(async () => {
      const list = await fixture(html`<div>
        <salary-band variant="compact" job-title="Warehouse Operative - Nights" value="12.6" value-max="13.4" pay-unit="hour"></salary-band>
        <salary-band variant="compact" job-title="Head Chef" value="32000" value-max="36000" pay-unit="year"></salary-band>
        <salary-band job-title="Head Chef" value="32000" pay-unit="year"></salary-band>
      </div>`);
      els = await Promise.all([...list.querySelectorAll<SalaryBand>('salary-band')].map(settled));
    }, (seen) => seen.some((w) => w.includes('Head Chef')));
    const listing = warnings.filter((w) => w.includes('Warehouse Operative') || w.includes('Head Chef'));
    expect(listing).to.have.length(1);
    expect(listing[0]).to.contain('“Warehouse Operative - Nights”, “Head Chef”');
    expect(text(part(els[0], 'advert-pay'))).to.equal('Advertised pay £12.60 to £13.40 an hour');
    expect(text(part(els[0], 'problem'))).to.equal('No typical pay range for this job title.');
    for (const el of els) {
      expect(shadowText(el)).not.to.match(DEVELOPER_WORDS);
      await expect(el).to.be.accessible();
    }
  });

  it('writes the advertised pay of a job with no role in the reader\'s language, as every other range', async () => {
    const wrapper = await fixture(html`<div lang="cy"><salary-band job-title="Head Chef" value="32000" value-max="36000" pay-unit="year"></salary-band></div>`);
    const band = await settled(wrapper.querySelector<SalaryBand>('salary-band')!);
    await waitFor(() => text(part(band, 'advert-pay')).startsWith('Cyflog'), 'the band did not speak Welsh');
    // "£32,000 i £36,000": the Welsh word between full figures, whatever the browser's number data.
    expect(text(part(band, 'advert-pay'))).to.match(/32,000 i £36,000/);
    expect(text(part(band, 'advert-pay'))).not.to.contain(' to ');
  });

  it('shows nothing where the site asks for that (unmatched="hide"), but an editor\'s preview still says why', async () => {
    const el = await band(html`<salary-band unmatched="hide" job-title="Head Chef" value="32000"></salary-band>`);
    expect(shadowText(el)).to.equal('');
    expect(el.getBoundingClientRect().height).to.equal(0);
    el.diagnostics = true;
    await el.updateComplete;
    expect(text(part(el, 'problem-detail'))).to.contain('The job advert gives the title “Head Chef”, which matches no role here.');
  });

  it('gives a card the same: its role from the title, and the advertised pay on its band', async () => {
    const card = await fixture<RoleCard>(html`<role-card variant="compact" job-title="Frontend Developer (React, TypeScript)" value="40000" value-max="50000" pay-unit="year"></role-card>`);
    await settled(card);
    await waitFor(() => card.shadowRoot!.querySelector('salary-band')?.shadowRoot?.querySelector('[part~=marker-label]'), 'the card\'s band did not place the pay');
    expect(text(part(card, 'title'))).to.equal('Front-end engineer');
    const cardBand = card.shadowRoot!.querySelector<SalaryBand>('salary-band')!;
    expect(text(part(cardBand, 'marker-label'))).to.match(/^This job: £40,000 to £50,000, overlapping the bottom of/);
    await expect(card).to.be.accessible();
    fixtureCleanup();
    const none = await fixture<RoleCard>(html`<role-card job-title="Head Chef" value="32000" value-max="36000" pay-unit="year"></role-card>`);
    await settled(none);
    const noneBand = none.shadowRoot!.querySelector<SalaryBand>('salary-band')!;
    await settled(noneBand);
    expect(text(part(noneBand, 'problem'))).to.equal('No typical pay range for this job title.');
    expect(shadowText(noneBand)).not.to.match(DEVELOPER_WORDS);
    await expect(none).to.be.accessible();
  });

  for (const lang of ['en', 'cy']) {
    itIn(['chromium', 'firefox'], 'WebKit\'s driver cannot set the viewport', `keeps every compact band at most 96 px tall in a 360 px viewport, loading, drawn or without a role (${lang})`, async () => {
      await setViewport({ width: 360, height: 800 });
      const titles = [
        ['Software Engineer', 42000, 52000],
        ['Security Operations Centre Analyst (SOC) - Shifts', 38000, 46000],
        ['Senior Machine Learning Engineer (LLMs, PyTorch)', 65000, 85000],
        ['Database Administrator (SQL Server)', 45000, 52000],
        ['Warehouse Operative - Nights', 24000, 26000],
      ] as const;
      const list = await fixture(html`<div lang=${lang}>${titles.map(([title, low, high]) => html`<salary-band variant="compact" job-title=${title} value=${low} value-max=${high} pay-unit="year"></salary-band>`)}</div>`);
      const bands = [...list.querySelectorAll<SalaryBand>('salary-band')];
      // Loading: the space is held at once.
      for (const el of bands) expect(el.getBoundingClientRect().height).to.be.within(60, 96);
      await Promise.all(bands.map(settled));
      for (const el of bands) {
        const height = el.getBoundingClientRect().height;
        expect(height, `${el.jobTitle}: ${Math.round(height)} px`).to.be.within(60, 96);
        expect(shadowText(el)).not.to.match(DEVELOPER_WORDS);
        await expect(el).to.be.accessible();
      }
      if (lang === 'cy') expect(shadowText(bands[0])).to.contain('y flwyddyn');
      // The source is one step away: a disclosure that opens.
      const source = part<HTMLDetailsElement>(bands[0], 'source')!;
      expect(source.open).to.equal(false);
      source.open = true;
      expect(text(source)).to.match(/Annual Survey of Hours and Earnings|Arolwg Blynyddol o Oriau ac Enillion/);
    });
  }
});
