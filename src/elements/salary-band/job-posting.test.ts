import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { captureWarnings, part, shadowText, waitFor } from '../../test/helpers.js';
import '../role-card/define.js';
import type { RoleCard } from '../role-card/role-card.js';
import './define.js';
import type { SalaryBand } from './salary-band.js';

const posting = (fields: Record<string, unknown>, id = '') =>
  `<script type="application/ld+json"${id ? ` id="${id}"` : ''}>${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', ...fields })}</script>`;
const BACK_END = {
  title: 'Senior Backend Engineer (Payments)',
  occupationalCategory: '15-1252.00 Software Developers',
  jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'GB' } },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', minValue: 52000, maxValue: 60000, unitText: 'YEAR' } },
};

/** A page holding JSON-LD and elements, in place of any earlier one (two postings would need an id). */
async function advert(jsonLd: string, element: ReturnType<typeof html>) {
  fixtureCleanup();
  const wrapper = await fixture(html`<div>${unsafeHTML(jsonLd)}${element}</div>`);
  const el = wrapper.querySelector<SalaryBand>('salary-band, role-card')!;
  // The JobPosting reader's code is fetched the first time an element needs it.
  await waitFor(() => el.jobPostingMatch && !el.jobPostingMatch.loading, 'the JobPosting reader did not load');
  await el.updateComplete;
  return el;
}
const markerText = (el: Element) => part(el, 'marker-label')?.textContent?.replace(/\s+/g, ' ').trim();

describe('job-posting: elements read the page\'s JobPosting', () => {
  it('takes the role, the region and the advertised range from the only posting', async () => {
    const el = await advert(posting(BACK_END), html`<salary-band job-posting></salary-band>`);
    expect(part(el, 'label')!.textContent).to.equal('Back-end engineer, United Kingdom');
    expect(markerText(el)).to.equal('This job: £52,000 to £60,000, within the middle half');
    expect(el.jobPostingMatch).to.deep.include({ roleId: 'back-end', region: 'GB', reason: 'occupation code 15-1252.00 and the title names “Back-end engineer”' });
    expect(part(el, 'marker')!.querySelector('.marker-span')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('converts an hourly contract and a day rate to the band\'s period with the role\'s hours', async () => {
    // Back-end: ASHE's median of 37.5 paid hours a week (adverts say 37–45); 52 weeks.
    const hourly = { ...BACK_END, baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', value: 30, unitText: 'HOUR' } } };
    const yearly = await advert(posting(hourly), html`<salary-band job-posting></salary-band>`);
    expect(markerText(yearly)).to.equal('This job: £58,500, within the middle half');
    const daily = { ...BACK_END, baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', value: '£500', unitText: 'DAY' } } };
    const monthly = await advert(posting(daily), html`<salary-band job-posting period="month"></salary-band>`);
    expect(markerText(monthly)).to.equal('This job: £10,833, above the middle half');
  });

  it('says how an advertised range sits against the band at each edge', async () => {
    const cases: [number, number, string][] = [
      [30000, 38000, 'below the middle half'],
      [35000, 45000, 'overlapping the bottom of the middle half'],
      [70000, 80000, 'overlapping the top of the middle half'],
      [80000, 99000, 'above the middle half'],
      [30000, 99000, 'reaching beyond both ends of the middle half'],
    ];
    for (const [min, max, words] of cases) {
      const pay = { ...BACK_END, baseSalary: { '@type': 'MonetaryAmount', currency: 'GBP', value: { '@type': 'QuantitativeValue', minValue: min, maxValue: max, unitText: 'YEAR' } } };
      const el = await advert(posting(pay), html`<salary-band job-posting></salary-band>`);
      expect(markerText(el)).to.contain(words);
      expect(el.description).to.contain(words);
    }
  });

  it('lets an explicit role-id, region and value win over the posting', async () => {
    const el = await advert(posting(BACK_END), html`<salary-band job-posting role-id="qa-test" region="US" value="90000"></salary-band>`);
    expect(part(el, 'label')!.textContent).to.equal('QA engineer, United States');
    expect(markerText(el)).to.contain('$90,000');
  });

  it('shows pay in another currency in its own currency, not converted and not drawn', async () => {
    const dollars = { ...BACK_END, baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 120000, maxValue: 140000, unitText: 'YEAR' } } };
    const el = await advert(posting(dollars), html`<salary-band job-posting></salary-band>`);
    expect(markerText(el)).to.equal('This job: US$120,000 to US$140,000 a year, in USD: not converted, so not drawn on this GBP band');
    expect(part(el, 'marker')).to.equal(null);
  });

  it('reads the posting named by id when there are several', async () => {
    const qa = { ...BACK_END, title: 'QA Engineer', occupationalCategory: '2136' };
    const el = await advert(posting(BACK_END, 'backend-job') + posting(qa, 'qa-job'), html`<salary-band job-posting="qa-job"></salary-band>`);
    expect(part(el, 'label')!.textContent).to.equal('QA engineer, United Kingdom');
  });

  it('says what it read when the posting fits no role, and warns once', async () => {
    let el!: SalaryBand;
    const warnings = await captureWarnings(async () => {
      el = await advert(posting({ ...BACK_END, title: 'Chief Happiness Officer', occupationalCategory: '11-1011.00' }), html`<salary-band job-posting></salary-band>`);
    }, (seen) => seen.some((w) => w.includes('Chief Happiness Officer')));
    // Readers see the advertised pay and a plain line; the title that found no role goes to the console.
    expect(part(el, 'problem')!.textContent!.trim()).to.equal('No typical pay range for this job title.');
    expect(part(el, 'advert-pay')!.textContent!.replace(/\s+/g, ' ')).to.match(/Advertised pay £52,000\D{1,5}£60,000 a year/);
    expect(warnings.filter((w) => w.includes('Chief Happiness Officer'))).to.have.length(1);
    await expect(el).to.be.accessible();
    el.diagnostics = true;
    await el.updateComplete;
    expect(part(el, 'problem-detail')!.textContent!.replace(/\s+/g, ' ')).to.contain('The job advert gives the title “Chief Happiness Officer” and occupation 11-1011.00, which matches no role here. Set role-id to one of: infrastructure');
  });

  it('never throws on broken JSON and draws once the JSON-LD arrives later', async () => {
    const el = await advert('<script type="application/ld+json">{ broken</script>', html`<salary-band job-posting></salary-band>`);
    expect(shadowText(el)).to.contain('Pay figures are not available.');
    expect(shadowText(el)).not.to.contain('JSON');
    const late = document.createElement('script');
    late.type = 'application/ld+json';
    late.textContent = JSON.stringify({ '@type': 'JobPosting', ...BACK_END });
    el.parentElement!.append(late);
    await waitFor(() => part(el, 'label')?.textContent === 'Back-end engineer, United Kingdom', 'the late posting was not read');
  });

  it('draws an advertised range from value and value-max attributes too', async () => {
    const el = await fixture<SalaryBand>(html`<salary-band role-id="back-end" value="52000" value-max="60000"></salary-band>`);
    expect(markerText(el)).to.equal('This job: £52,000 to £60,000, within the middle half');
  });

  it('finds the role in a title as job boards write it, with skills, and says it is sure', async () => {
    const board = { ...BACK_END, title: 'Senior Java Developer - 6 month contract | Hybrid', occupationalCategory: undefined, skills: 'Spring, SQL' };
    const el = await advert(posting(board), html`<salary-band job-posting></salary-band>`);
    expect(part(el, 'label')!.textContent).to.equal('Back-end engineer, United Kingdom');
    expect(el.jobPostingMatch).to.deep.include({ roleId: 'back-end', strength: 'strong', reason: 'the title\'s “Java”', skills: ['Spring', 'SQL'] });
    expect(part(el, 'match-note')).to.equal(null);
  });

  it('shows a bare "Software Engineer" as the closest role, in words, never as a certainty', async () => {
    const bare = { ...BACK_END, title: 'Software Engineer', occupationalCategory: undefined };
    const el = await advert(posting(bare), html`<salary-band job-posting></salary-band>`);
    expect(el.jobPostingMatch).to.deep.include({ roleId: 'back-end', strength: 'weak' });
    expect(part(el, 'label')!.textContent).to.equal('Closest role: Back-end engineer, United Kingdom');
    expect(part(el, 'match-note')!.textContent).to.equal('The job’s title, “Software Engineer”, does not say which role it is. This is the closest one.');
    expect(el.description).to.match(/^Closest role: Back-end engineer, United Kingdom:/);
    await expect(el).to.be.accessible();
    // An explicit role-id is the page's own choice: no note.
    el.roleId = 'back-end';
    await el.updateComplete;
    expect(part(el, 'label')!.textContent).to.equal('Back-end engineer, United Kingdom');
    expect(part(el, 'match-note')).to.equal(null);
  });

  it('gives a job outside technology no role, and says so', async () => {
    const nurse = { ...BACK_END, title: 'Registered Nurse - Band 5', occupationalCategory: undefined, skills: ['Patient care', 'Excel'] };
    let el!: SalaryBand;
    await captureWarnings(async () => {
      el = await advert(posting(nurse), html`<salary-band job-posting></salary-band>`);
    });
    expect(el.jobPostingMatch?.roleId).to.equal(undefined);
    expect(part(el, 'problem')!.textContent).to.contain('No typical pay range for this job title.');
    expect(shadowText(el)).not.to.contain('role-id');
  });

  it('role-card says when its role is only the closest one to the advert', async () => {
    const bare = { ...BACK_END, title: 'Software Developer', occupationalCategory: undefined };
    const el = (await advert(posting(bare), html`<role-card job-posting variant="compact"></role-card>`)) as unknown as RoleCard;
    expect(part(el, 'title')!.textContent).to.equal('Back-end engineer');
    expect(part(el, 'match-note')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Closest role. The job’s title, “Software Developer”, does not say which role it is. This is the closest one.');
    // Its band was given the role, so it does not say it again.
    const band = el.shadowRoot!.querySelector('salary-band')!;
    await band.updateComplete;
    expect(part(band, 'match-note')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('role-card takes its role and region from the posting and passes the pay to its band', async () => {
    const el = (await advert(posting(BACK_END), html`<role-card job-posting variant="compact"></role-card>`)) as unknown as RoleCard;
    expect(part(el, 'title')!.textContent).to.equal('Back-end engineer');
    const band = el.shadowRoot!.querySelector('salary-band')!;
    await band.updateComplete;
    expect(markerText(band)).to.equal('This job: £52,000 to £60,000, within the middle half');
    expect(el.jobPostingMatch?.roleId).to.equal('back-end');
    // The existing event says why too.
    const selected = oneEvent(el, 'role-select');
    part<HTMLButtonElement>(el, 'expand')!.click();
    expect((await selected).detail).to.deep.equal({ roleId: 'back-end', matchedBy: 'occupation code 15-1252.00 and the title names “Back-end engineer”' });
  });
});
