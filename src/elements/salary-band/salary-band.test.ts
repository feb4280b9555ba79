import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, compactMoney, overflowing, part, shadowText } from '../../test/helpers.js';
import { bundledCatalogue } from '../../catalogue/bundled.js';
import '../role-catalogue/define.js';
import './define.js';
import type { SalaryBand } from './salary-band.js';

const band = (template: ReturnType<typeof html>) => fixture<SalaryBand>(template);
const description = (el: SalaryBand) => part(el, 'base')!.querySelector('[role=img]')!.getAttribute('aria-label');

describe('<salary-band>', () => {
  describe('from the catalogue', () => {
    it('shows the role, the compact range and the period, with one sentence for screen readers', async () => {
      const el = await band(html`<salary-band role-id="back-end"></salary-band>`);
      expect(part(el, 'label')!.textContent).to.equal('Back-end engineer, United Kingdom');
      expect(part(el, 'figures')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${compactMoney(42289, 75794)} a year`);
      expect(description(el)).to.equal(
        'Back-end engineer, United Kingdom: the middle half earn £42,289 to £75,794 a year, the median is £56,914, and one in ten earn less than £32,835 and one in ten more than £102,860. Source: ONS Annual Survey of Hours and Earnings 2025 (provisional), Table 14.7a, April 2025.',
      );
      expect(el.description).to.equal(description(el));
      await expect(el).to.be.accessible();
    });

    it('finds the role by alias and shows the median and an estimate flag', async () => {
      const el = await band(html`<salary-band role-id="Game tester"></salary-band>`);
      expect(shadowText(el)).to.contain(`Bar: the middle half of earners; median ${compactMoney(47118, 47118)}`).and.contain('estimate');
      expect(description(el)).to.contain('the middle half earn £36,725 to £55,008 a year, the median is £47,118, an estimate.');
      // ONS publishes no 10th or 90th percentile for this group here: no whiskers, and no words for them.
      expect(el.shadowRoot!.querySelectorAll('[part~=whisker]')).to.have.length(0);
      expect(description(el)).not.to.contain('one in ten');
    });

    it('draws a band whose 75th percentile ONS suppressed as the 25th percentile to the median, and says exactly that', async () => {
      const el = await band(html`<salary-band role-id="ux-designer" value="45000"></salary-band>`);
      expect(description(el)).to.equal(
        'UX designer, United Kingdom: a quarter earn less than £33,155 and half earn less than £48,629 a year (the median); the 75th percentile is not published. This job: £45,000, within the 25th percentile to the median. Source: ONS Annual Survey of Hours and Earnings 2025 (provisional), Table 14.7a, April 2025.',
      );
      expect(shadowText(el)).to.contain(`Bar: the 25th percentile to the median; the 75th percentile is not published; median ${compactMoney(48629, 48629)}`);
      expect(shadowText(el)).not.to.contain('middle half');
      // The bar ends at the median tick: nothing is drawn above the median.
      const scale = part(el, 'scale')!;
      const range = scale.querySelector('rect[part~=range]')!;
      const median = scale.querySelector('[part~=median]')!;
      const rangeRight = range.getBoundingClientRect().right;
      expect(Math.abs(rangeRight - median.getBoundingClientRect().left)).to.be.below(3);
      expect(scale.querySelectorAll('[part~=whisker]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("quotes the careers profile's pay beside the official band, credited and linked, in the period shown", async () => {
      const el = await band(html`<salary-band role-id="back-end"></salary-band>`);
      const quoted = part(el, 'quoted')!;
      expect(quoted.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Quoted by a careers profile: £40,000 to £91,000 a year (Sort Your Future, Back-end engineer job profile, November 2026)');
      const link = quoted.querySelector('a')!;
      expect(link.href).to.equal('https://www.sortyourfuture.com/job-type/back-end-engineer');
      expect(link.textContent).to.equal('Sort Your Future, Back-end engineer job profile');
      // The official figures stay the band; the quote is not drawn and not in the band's own sentence.
      expect(description(el)).not.to.contain('91,000');
      part<HTMLDetailsElement>(el, 'source')!.open = true;
      expect(shadowText(el)).to.contain('Careers profile figure: typical salary quoted by the publisher (method not stated; page read November 2026).');
      await expect(el).to.be.accessible();

      el.period = 'month';
      await el.updateComplete;
      expect(part(el, 'quoted')!.textContent!.replace(/\s+/g, ' ')).to.contain('£3,333 to £7,583 a month');
      const other = await band(html`<salary-band role-id="front-end"></salary-band>`);
      expect(part(other, 'quoted')).to.equal(null);
    });

    it('shows full figures on request', async () => {
      const el = await band(html`<salary-band role-id="qa-test" full-figures></salary-band>`);
      expect(part(el, 'figures')!.textContent).to.contain('£36,725 to £55,008');
    });

    it('shows a second region in its currency, with its own percentiles', async () => {
      const el = await band(html`<salary-band role-id="back-end" region="US" locale="en-US"></salary-band>`);
      expect(part(el, 'label')!.textContent).to.equal('Back-end engineer, United States');
      expect(part(el, 'figures')!.textContent).to.contain(compactMoney(103050, 169000, 'USD', 'en-US'));
      expect(description(el)).to.contain('the middle half earn $103,050 to $169,000 a year, the median is $133,080, and one in ten earn less than $79,850 and one in ten more than $211,450');
      expect(part(el, 'source')!.querySelector('a')!.href).to.equal('https://www.bls.gov/oes/2024/may/oes151252.htm');
    });

    it('draws a median-only figure as one point', async () => {
      const el = await band(html`<salary-band min="50000" max="50000" median="50000" currency="USD" label="Median pay" locale="en-US"></salary-band>`);
      expect(description(el)).to.contain('$50,000 a year (median; no range is published)');
      expect(part(el, 'range')!.classList.contains('point')).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('[part~=whisker]')).to.have.length(0);
    });

    it("follows the page's lang for number formats", async () => {
      const wrapper = await fixture(html`<div lang="de-DE"><salary-band role-id="front-end" full-figures></salary-band></div>`);
      const el = wrapper.querySelector('salary-band')!;
      expect(part(el, 'figures')!.textContent).to.contain('42.289–75.794\u00a0£');
    });
  });

  describe('percentiles', () => {
    const at = (node: Element, edge: 'x1' | 'x2' | 'x' = 'x1') => parseFloat(node.getAttribute(edge)!);
    const whiskerSpans = (el: SalaryBand) =>
      [...el.shadowRoot!.querySelectorAll('[part~=whisker]')].filter((line) => line.getAttribute('y1') === '50%').map((line) => [at(line, 'x1'), at(line, 'x2')].sort((a, b) => a - b));

    it('draws the middle half as the bar, whiskers out to the 10th and 90th percentiles and the median as a tick', async () => {
      const el = await band(html`<salary-band role-id="back-end" scale-min="0" scale-max="200000"></salary-band>`);
      const range = part(el, 'range')!;
      expect(at(range, 'x')).to.be.closeTo(21.14, 0.01);
      expect(at(range, 'x') + parseFloat(range.getAttribute('width')!)).to.be.closeTo(37.9, 0.02);
      expect(at(part(el, 'median')!)).to.be.closeTo(28.46, 0.01);
      expect(whiskerSpans(el)).to.deep.equal([
        [16.42, 21.14],
        [37.9, 51.43],
      ]);
      const short = (amount: number) => compactMoney(amount, amount);
      expect(shadowText(el)).to.contain(`Bar: the middle half of earners; median ${short(56914)}; one in ten earn less than ${short(32835)}; one in ten more than ${short(102860)}`);
      await expect(el).to.be.accessible();
    });

    it('draws only the whisker the source publishes (ONS suppressed the 90th percentile here)', async () => {
      const el = await band(html`<salary-band role-id="infrastructure" scale-min="0" scale-max="100000"></salary-band>`);
      expect(whiskerSpans(el)).to.deep.equal([[29.65, 39.13]]);
      expect(description(el)).to.contain('and one in ten earn less than £29,653.');
      expect(description(el)).not.to.contain('more than');
    });

    it('converts every percentile to the period shown', async () => {
      const el = await band(html`<salary-band role-id="back-end" period="hour"></salary-band>`);
      // 52 weeks of 37.5 hours: £32,835 is £16.84 an hour, £102,860 is £52.75.
      expect(description(el)).to.contain('one in ten earn less than £16.84 and one in ten more than £52.75');
      const month = await band(html`<salary-band role-id="back-end" period="month"></salary-band>`);
      expect(description(month)).to.contain('the median is £4,743, and one in ten earn less than £2,736 and one in ten more than £8,572');
    });

    it('takes the 90th percentile into its automatic scale, so no whisker is cut off', async () => {
      const el = await band(html`<salary-band role-id="back-end"></salary-band>`);
      const labels = [...part(el, 'scale-labels')!.children].map((label) => label.textContent);
      expect(labels[1]).to.equal(compactMoney(120000, 120000));
      expect(Math.max(...whiskerSpans(el).flat())).to.be.below(100);
    });

    it('draws a 10th-to-90th span as whiskers round the middle half, and places a marker against the middle half', async () => {
      // A site catalogue whose min and max are the 10th and 90th percentiles.
      const catalogue = structuredClone(bundledCatalogue);
      catalogue.roles[1].salary.GB = { ...catalogue.roles[1].salary.GB, min: 32835, max: 102860, p10: undefined, p90: undefined, p25: 42289, p75: 75794, span: 'p10-p90' };
      const wrapper = await fixture(html`<role-catalogue .catalogue=${catalogue}><salary-band role-id="back-end" value="80000" scale-min="0" scale-max="200000"></salary-band></role-catalogue>`);
      const el = wrapper.querySelector('salary-band')!;
      await el.updateComplete;
      const range = part(el, 'range')!;
      expect(at(range, 'x')).to.be.closeTo(21.14, 0.01);
      expect(whiskerSpans(el)).to.deep.equal([
        [16.42, 21.14],
        [37.9, 51.43],
      ]);
      // £80,000 is inside min–max but above the bar: it is said to be above the middle half.
      expect(part(el, 'marker-label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('This job: £80,000, above the middle half');
    });

    it('reads light and dark pages alike (axe)', async () => {
      const wrapper = await fixture(html`<div style="background: #111; color: #eee; padding: 1rem"><salary-band role-id="back-end" value="60000"></salary-band></div>`);
      await expect(wrapper.querySelector('salary-band')).to.be.accessible();
    });
  });

  describe('periods', () => {
    it('converts to a month by dividing by 12', async () => {
      const el = await band(html`<salary-band role-id="back-end" period="month"></salary-band>`);
      expect(part(el, 'figures')!.textContent!.replace(/\s+/g, ' ')).to.contain('£3,524 to £6,316 a month');
      expect(part(el, 'source')!.textContent).to.contain('Monthly figures are annual pay divided by 12.');
    });

    it("converts to an hour with the role's hours a week and says how", async () => {
      const el = await band(html`<salary-band role-id="qa-test" period="hour"></salary-band>`);
      // 37.5 hours: ASHE's median paid hours for the role's occupation, not the middle of the advertised 37–40.
      expect(part(el, 'figures')!.textContent!.replace(/\s+/g, ' ')).to.contain('£18.83 to £28.21 an hour');
      expect(part(el, 'source')!.textContent).to.contain('divided by 52 weeks of 37.5 hours');
      expect(description(el)).to.contain('the middle half earn £18.83 to £28.21 an hour, the median is £24.16');
      await expect(el).to.be.accessible();
    });

    it('falls back to a year for an unknown period, and says so', async () => {
      const warnings = await captureWarnings(() => band(html`<salary-band role-id="back-end" period="fortnight"></salary-band>`));
      expect(warnings.join()).to.contain('period="fortnight" is not valid; use year, month or hour');
    });
  });

  describe('marker', () => {
    const cases: [number, string][] = [
      [30000, 'below the middle half'],
      [50000, 'within the middle half'],
      [100000, 'above the middle half'],
    ];
    for (const [value, words] of cases) {
      it(`says £${value} is ${words}`, async () => {
        const el = await band(html`<salary-band role-id="back-end" value=${value} value-label="Your offer"></salary-band>`);
        expect(part(el, 'marker-label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Your offer: £${value.toLocaleString('en-GB')}, ${words}`);
        expect(description(el)).to.contain(`Your offer: £${value.toLocaleString('en-GB')}, ${words}.`);
        expect(part(el, 'marker')).to.exist;
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('shared scale', () => {
    it('lines up bands that share scale-min and scale-max', async () => {
      const wrapper = await fixture(html`<div style="width: 500px">
        <salary-band role-id="back-end" scale-min="0" scale-max="100000"></salary-band>
        <salary-band min="42289" max="60000" currency="GBP" label="Offer range" scale-min="0" scale-max="100000"></salary-band>
      </div>`);
      const [first, second] = [...wrapper.querySelectorAll('salary-band')].map((el) => part(el, 'range')!.getBoundingClientRect());
      const track = part(wrapper.querySelector('salary-band')!, 'scale')!.getBoundingClientRect();
      // Both ranges start at £42,289: 42.3% along the same 500 px track.
      expect(first.left).to.be.closeTo(second.left, 0.5);
      expect(first.left - track.left).to.be.closeTo(track.width * 0.42289, 1);
      expect(first.right - track.left).to.be.closeTo(track.width * 0.75794, 1);
      expect(shadowText(wrapper.querySelector('salary-band')!)).to.contain(compactMoney(100000, 100000));
    });
  });

  it('runs the scale from the right on right-to-left pages', async () => {
    const wrapper = await fixture(html`<div dir="rtl" style="width: 500px"><salary-band role-id="back-end" scale-min="0" scale-max="100000"></salary-band></div>`);
    const el = wrapper.querySelector('salary-band')!;
    const track = part(el, 'scale')!.getBoundingClientRect();
    const range = part(el, 'range')!.getBoundingClientRect();
    // £42,289 is 42.3% along the scale, counted from the right.
    expect(track.right - range.right).to.be.closeTo(track.width * 0.42289, 1);
    const [low, high] = [...part(el, 'scale-labels')!.children].map((label) => label.getBoundingClientRect().left);
    expect(low).to.be.greaterThan(high);
  });

  describe('explicit figures', () => {
    it('draws a range given by attributes', async () => {
      const el = await band(html`<salary-band min="30000" max="45000" median="38000" currency="EUR" label="Graduate scheme" locale="fr-FR"></salary-band>`);
      expect(part(el, 'label')!.textContent).to.equal('Graduate scheme');
      expect(description(el)).to.match(/^Graduate scheme: typically 30\s000\s€ to 45\s000\s€ a year, the median is 38\s000\s€\.$/);
      // A range without percentiles is a box alone, called by what it is.
      expect(el.shadowRoot!.querySelectorAll('[part~=whisker]')).to.have.length(0);
      expect(shadowText(el)).not.to.contain('middle half');
      const offer = await band(html`<salary-band min="30000" max="45000" currency="GBP" value="40000" value-label="Offer"></salary-band>`);
      expect(part(offer, 'marker-label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Offer: £40,000, within the typical range');
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    // What readers see, in plain words; what a developer needs, in the console and in an editor's preview (diagnostics).
    const cases: [string, () => Promise<SalaryBand>, string, RegExp, RegExp][] = [
      ['an unknown role', () => band(html`<salary-band role-id="astronaut"></salary-band>`), 'No typical pay range is available for this role.', /No role is called "astronaut"\. Set role-id to one of: infrastructure, back-end/, /role-id="astronaut" names no role\. Valid ids: infrastructure/],
      ['no role at all', () => band(html`<salary-band></salary-band>`), 'No typical pay range is available for this role.', /No role was given\. Set role-id to one of/, /role-id="" names no role/],
      ['min above max', () => band(html`<salary-band min="90000" max="30000" currency="GBP"></salary-band>`), 'Pay figures are not available.', /min \(90000\) must be 0 or more and no greater than max \(30000\)/, /min \(90000\) must be/],
      ['a figure that is not a number', () => band(html`<salary-band min="40k" max="50000" currency="GBP"></salary-band>`), 'Pay figures are not available.', /must both be numbers \(got min="40k"\)/, /got min="40k"/],
      ['a missing max', () => band(html`<salary-band min="41000" currency="GBP"></salary-band>`), 'Pay figures are not available.', /must both be numbers \(got max=""\)/, /got max=""/],
      ['an unknown currency', () => band(html`<salary-band min="1" max="2" currency="pounds"></salary-band>`), 'Pay figures are not available.', /currency must be a code such as GBP, USD or EUR \(got "pounds"\)/, /currency="pounds" is not an ISO 4217 code/],
      ['a region without figures', () => band(html`<salary-band role-id="data-analyst" region="DE"></salary-band>`), 'No pay figures for this role in Germany.', /No DE pay figures for Data analyst\. Figures exist for: GB, US\./, /region="DE" has no figures for data-analyst\. Valid regions for this role: GB, US/],
    ];
    for (const [name, make, shown, detail, warned] of cases) {
      it(`shows readers a plain message, and developers what is wrong, for ${name}`, async () => {
        let el!: SalaryBand;
        const warnings = await captureWarnings(async () => {
          el = await make();
        });
        const problem = part(el, 'problem')!;
        expect(problem.getAttribute('role')).to.equal('status');
        expect(problem.textContent!.replace(/\s+/g, ' ').trim()).to.equal(shown);
        expect(shadowText(el)).not.to.match(/role-id|infrastructure|`|NaN/);
        expect(warnings.join('\n')).to.match(warned);
        await expect(el).to.be.accessible();
        // An editor's preview says what is wrong, in a developer's terms.
        el.diagnostics = true;
        await el.updateComplete;
        expect(part(el, 'problem-detail')!.textContent!.replace(/\s+/g, ' ')).to.match(detail);
        await expect(el).to.be.accessible();
      });
    }

    it('ignores a bad value or scale but still draws the band', async () => {
      const warnings = await captureWarnings(() => band(html`<salary-band role-id="front-end" value="lots" scale-min="9" scale-max="1"></salary-band>`));
      expect(warnings.join('\n')).to.contain('value="lots" is not a positive number').and.contain('scale-min (9) and scale-max (1)');
    });
  });

  describe('layout and keyboard', () => {
    it('fits a 200 px container without overflow', async () => {
      const wrapper = await fixture(html`<div style="width: 200px"><salary-band role-id="application-support" value="15" period="hour"></salary-band></div>`);
      const el = wrapper.querySelector('salary-band')!;
      expect(el.getBoundingClientRect().width).to.equal(200);
      expect(overflowing(el)).to.deep.equal([]);
    });

    it('opens the source and basis from the keyboard', async () => {
      const el = await band(html`<salary-band role-id="data-engineer"></salary-band>`);
      const details = part<HTMLDetailsElement>(el, 'source')!;
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(details.textContent).to.contain('ONS Annual Survey of Hours and Earnings 2025').and.contain('a group that includes data engineers (SOC 2133/03)');
    });

    it('links to a source only over http(s)', async () => {
      const el = await band(html`<salary-band role-id="front-end"></salary-band>`);
      const link = part(el, 'source')!.querySelector('a')!;
      expect(link.protocol).to.equal('https:');
      expect(link.rel).to.equal('noopener noreferrer');
    });
  });
});
