import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  PERIOD_WORDS,
  annualFromUnit,
  annualToPeriod,
  type PayUnit,
  PERIODS,
  bandInPeriod,
  bandShape,
  type BandFigures,
  type BandShape,
  conversionNote,
  formatFigureDate,
  formatMoney,
  formatMoneyRange,
  regionName,
  typicalWeeklyHours,
  type Period,
} from '../../catalogue/format.js';
import { findRole } from '../../catalogue/lookup.js';
import type { PayBand, Source } from '../../catalogue/schema.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import { sourceName } from '../../shared/source-name.js';
import { highestDrawn, niceCeiling, percentOnScale, placement, type Placement } from '../../shared/scale.js';
import { JOB_POSTING_WORDS } from '../../shared/job-posting-words.js';
import { ReadsJobPosting } from '../../shared/reads-job-posting.js';
import { salaryBandStyles } from './salary-band.styles.js';

/** Everything the band draws, in the period shown. */
interface BandView extends BandFigures {
  label: string;
  currency: string;
  /** Where the bar, whiskers and median go: worked out once per render from the figures and their span. */
  shape: BandShape;
  estimate: boolean;
  basis?: string;
  source?: Source;
  weeklyHours?: number;
  /** Why the role is only the closest one to the page's job advert (a weak match). */
  closest?: string;
}

/** Where a marker falls, against the bar: "the middle half" where the source publishes percentiles, else "the typical range". */
const PLACEMENT_WORDS: Record<Placement, (bar: string) => string> = {
  below: (bar) => `below ${bar}`,
  'overlaps-bottom': (bar) => `overlapping the bottom of ${bar}`,
  within: (bar) => `within ${bar}`,
  'overlaps-top': (bar) => `overlapping the top of ${bar}`,
  above: (bar) => `above ${bar}`,
  spans: (bar) => `reaching beyond both ends of ${bar}`,
};

/**
 * The figure or range plotted on the band: `value` (and `value-max`), or a job advert's pay. Pay
 * advertised in another currency than the band's is `foreign`: said in words, never drawn or converted.
 */
interface Marker {
  low: number;
  high: number;
  foreign?: { currency: string; unit: string };
}

const UNIT_WORDS: Record<PayUnit, string> = { HOUR: 'an hour', DAY: 'a day', WEEK: 'a week', MONTH: 'a month', YEAR: 'a year' };

function isValidCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return /^[A-Z]{3}$/i.test(code);
  } catch {
    return false;
  }
}

/**
 * A salary range drawn as a bar on a scale, with the figures in words, the median, an optional
 * marker for a specific offer, and the source and date of the figures.
 *
 * @tagname salary-band
 * @summary A salary range people can read at a glance.
 *
 * @csspart base - The whole band.
 * @csspart label - The role and region the figures describe.
 * @csspart figures - The range in words, such as "£40–91k a year".
 * @csspart scale - The track the range is drawn on.
 * @csspart range - The filled part of the track: the typical range (the middle half, where the source publishes percentiles).
 * @csspart whisker - The thin lines out to the 10th and 90th percentiles, where published.
 * @csspart median - The tick at the median, where known.
 * @csspart marker - The tick for `value`.
 * @csspart marker-label - The words that say where `value` falls.
 * @csspart scale-labels - The figures at each end of the scale.
 * @csspart source - The disclosure holding the source, date and basis of the figures.
 * @csspart problem - The message shown for input the band cannot draw.
 * @csspart match-note - With `job-posting`, the sentence saying the role is only the closest one to the advert's title.
 *
 * @cssprop --rw-band-color - Fill of the typical range.
 * @cssprop --rw-band-track-color - Colour of the whole scale's track.
 * @cssprop --rw-whisker-color - Colour of the lines out to the 10th and 90th percentiles.
 * @cssprop --rw-marker-color - Colour of the `value` marker.
 * @cssprop --rw-band-height - Height of the bar (default 0.75rem).
 */
export class SalaryBand extends ReadsJobPosting(RoleWidgetElement) {
  static override styles = salaryBandStyles;

  /** Id, alias or title of a role in the catalogue. Ignored when `min` and `max` are given. */
  @property({ attribute: 'role-id', reflect: true }) roleId?: string;

  /** Lowest figure of an explicit range, in the `period` shown. */
  @property({ type: Number }) min?: number;

  /** Highest figure of an explicit range, in the `period` shown. */
  @property({ type: Number }) max?: number;

  /** Median of an explicit range (optional). */
  @property({ type: Number }) median?: number;

  /** ISO 4217 currency of an explicit range, such as GBP or USD. */
  @property() currency?: string;

  /** Label for an explicit range, such as "Junior developer". */
  @property() label?: string;


  /**
   * Show pay a `year`, a `month` or an `hour`. A role's annual figures are converted with its
   * hours a week; explicit `min`, `max`, `median` and `value` are taken as already in this period.
   */
  @property() period: Period = 'year';

  /** Start of the scale; set the same ends on several bands so they line up. */
  @property({ attribute: 'scale-min', type: Number }) scaleMin?: number;

  /** End of the scale; set the same ends on several bands so they line up. */
  @property({ attribute: 'scale-max', type: Number }) scaleMax?: number;

  /** A figure to plot on the band, such as an offer, in the `period` shown. */
  @property({ type: Number }) value?: number;

  /** With `value`, the top of an advertised range: the band then shows the range from `value` to `value-max`. */
  @property({ attribute: 'value-max', type: Number }) valueMax?: number;

  /** What `value` is, in words. */
  @property({ attribute: 'value-label' }) valueLabel = 'This job';

  /** Show whole figures (£40,000) instead of short ones (£40k). */
  @property({ attribute: 'full-figures', type: Boolean, reflect: true }) fullFigures = false;

  /** The sentence screen readers hear: the whole band in words. */
  get description(): string {
    const view = this.resolve();
    return 'problem' in view ? '' : this.describe(view, this.marker(view));
  }

  private get explicit(): boolean {
    return this.hasAttribute('min') || this.hasAttribute('max') || this.min != null || this.max != null;
  }

  private get shownPeriod(): Period {
    return PERIODS.includes(this.period) ? this.period : 'year';
  }

  /** Short figures by default for annual pay; pence and cents only where they matter (hourly). */
  private money(amount: number, currency: string, { compact = !this.fullFigures && this.shownPeriod === 'year', whole = false } = {}) {
    return formatMoney(amount, currency, this.resolvedLocale, { compact, fractionDigits: this.shownPeriod === 'hour' && !whole ? 2 : 0 });
  }

  private moneyRange(min: number, max: number, currency: string, compact = !this.fullFigures && this.shownPeriod === 'year') {
    return formatMoneyRange(min, max, currency, this.resolvedLocale, { compact, fractionDigits: this.shownPeriod === 'hour' ? 2 : 0 });
  }

  /** Turns attributes or the catalogue into figures to draw, or the reason it cannot. */
  private resolve(): BandView | { problem: TemplateResult } {
    if (this.explicit) return this.resolveExplicit();

    const posting = this.jobPostingMatch;
    const role = findRole(this.catalogue, this.roleId ?? posting?.roleId);
    if (!role) {
      if (this.catalogueLoading || posting?.loading) return { problem: this.renderLoading('salary figures') };
      if (posting && !this.roleId) return { problem: this.renderPostingProblem(posting) };
      return { problem: this.renderUnknownRole('role-id', this.roleId) };
    }
    const band: PayBand | undefined = role.salary[this.regionCode];
    if (!band) {
      const regions = Object.keys(role.salary).join(', ');
      this.warn(`region="${this.regionCode}" has no figures for ${role.id}. Valid regions for this role: ${regions}.`);
      return { problem: this.renderProblem(html`No ${this.regionCode} pay figures for ${role.title}. Figures exist for: ${regions}.`) };
    }
    const weeklyHours = typicalWeeklyHours(role.hours);
    const figures = bandInPeriod(band, this.shownPeriod, weeklyHours);
    const closest = this.closestRoleNote(this.roleId);
    return {
      label: `${closest ? `${JOB_POSTING_WORDS.closestRole}: ` : ''}${role.title}, ${regionName(this.regionCode, this.resolvedLocale)}`,
      closest,
      currency: band.currency,
      ...figures,
      shape: bandShape({ ...figures, span: band.span }),
      estimate: band.estimate === true,
      basis: band.basis,
      source: band.source,
      weeklyHours,
    };
  }

  private resolveExplicit(): BandView | { problem: TemplateResult } {
    const bad = (['min', 'max'] as const).filter((name) => this[name] == null || !Number.isFinite(this[name]));
    if (bad.length) {
      const got = bad.map((name) => `${name}=${JSON.stringify(this.getAttribute(name) ?? '')}`).join(', ');
      this.warn(`min and max must both be numbers (got ${got}).`);
      return { problem: this.renderProblem(html`Pay range not shown: <code>min</code> and <code>max</code> must both be numbers (got ${got}).`) };
    }
    const min = this.min!;
    const max = this.max!;
    if (min > max || min < 0) {
      this.warn(`min (${min}) must be 0 or more and no greater than max (${max}).`);
      return { problem: this.renderProblem(html`Pay range not shown: <code>min</code> (${min}) must be 0 or more and no greater than <code>max</code> (${max}).`) };
    }
    const currency = (this.currency ?? '').toUpperCase();
    if (!isValidCurrency(currency)) {
      this.warn(`currency=${JSON.stringify(this.currency ?? '')} is not an ISO 4217 code. Use a code such as GBP, USD or EUR.`);
      return { problem: this.renderProblem(html`Pay range not shown: <code>currency</code> must be a code such as GBP, USD or EUR (got "${this.currency ?? ''}").`) };
    }
    const median = this.median != null && Number.isFinite(this.median) && this.median >= min && this.median <= max ? this.median : undefined;
    if (this.median != null && median === undefined) this.warn(`median (${this.median}) must be a number between min and max; it is not shown.`);
    return { label: this.label ?? 'Pay', currency, min, max, median, shape: bandShape({ min, max, median }), estimate: false };
  }

  private describe(view: BandView, marker?: Marker): string {
    const words = PERIOD_WORDS[this.shownPeriod];
    const money = (amount: number) => this.money(amount, view.currency, { compact: false });
    const { shape } = view;
    const single = view.min === view.max;
    let figures: string;
    if (single) figures = `${money(view.min)} ${words}${view.median === view.min ? ' (median; no range is published)' : ''}`;
    else {
      const middle = shape.middleHalf ? `the middle half earn ${money(shape.boxLow)} to ${money(shape.boxHigh)} ${words}` : `typically ${money(shape.boxLow)} to ${money(shape.boxHigh)} ${words}`;
      const tails = this.tailWords(shape, money);
      figures = [middle, view.median !== undefined ? `the median is ${money(view.median)}` : '', tails.length ? `and ${tails.join(' and ')}` : ''].filter(Boolean).join(', ');
    }
    const parts = [`${view.label}: ${figures}${view.estimate ? ', an estimate' : ''}.`];
    if (marker) {
      const { figures, where } = this.markerWords(view, marker);
      parts.push(`${figures}, ${where}.`);
    }
    if (view.source) parts.push(`Source: ${view.source.name}, ${formatFigureDate(view.source.date, this.resolvedLocale)}.`);
    return parts.join(' ');
  }

  /** "one in ten earn less than £32,835", "one in ten more than £102,860": as far as the source publishes. */
  private tailWords(shape: BandShape, money: (amount: number) => string): string[] {
    const tails = [];
    if (shape.whiskerLow !== undefined) tails.push(`one in ten earn less than ${money(shape.whiskerLow)}`);
    if (shape.whiskerHigh !== undefined) tails.push(`one in ten ${tails.length ? '' : 'earn '}more than ${money(shape.whiskerHigh)}`);
    return tails;
  }

  /** Ends of the scale: the shared ones when valid, otherwise zero to a round figure above the band. */
  private scaleEnds(view: BandView, marker: Marker | undefined): [number, number] {
    const { scaleMin, scaleMax } = this;
    if (scaleMin != null || scaleMax != null) {
      if (Number.isFinite(scaleMin) && Number.isFinite(scaleMax) && scaleMin! < scaleMax!) return [scaleMin!, scaleMax!];
      this.warn(`scale-min (${this.getAttribute('scale-min')}) and scale-max (${this.getAttribute('scale-max')}) must be numbers with scale-min below scale-max; an automatic scale is used.`);
    }
    return [0, niceCeiling(Math.max(highestDrawn(view), marker?.foreign ? 0 : (marker?.high ?? 0)) * 1.1)];
  }

  /** `value` (to `value-max`), else the pay of the page's job advert converted to the band's period. */
  private marker(view: BandView): Marker | undefined {
    if (this.value != null) {
      if (!Number.isFinite(this.value) || this.value < 0) {
        this.warn(`value=${JSON.stringify(this.getAttribute('value') ?? String(this.value))} is not a positive number; no marker is drawn.`);
        return undefined;
      }
      if (this.valueMax == null) return { low: this.value, high: this.value };
      if (Number.isFinite(this.valueMax) && this.valueMax >= this.value) return { low: this.value, high: this.valueMax };
      this.warn(`value-max=${JSON.stringify(this.getAttribute('value-max') ?? String(this.valueMax))} must be a number no smaller than value; only value is drawn.`);
      return { low: this.value, high: this.value };
    }
    const pay = this.jobPostingMatch?.pay;
    if (!pay) return undefined;
    if (pay.currency !== view.currency) return { low: pay.min, high: pay.max, foreign: { currency: pay.currency, unit: UNIT_WORDS[pay.unit] } };
    const hours = view.weeklyHours ?? 37.5;
    const convert = (amount: number) => annualToPeriod(annualFromUnit(amount, pay.unit, hours), this.shownPeriod, hours);
    return { low: convert(pay.min), high: convert(pay.max) };
  }

  /** "This job: £52,000 to £60,000" and where that falls, "overlapping the top of the typical range". */
  private markerWords(view: BandView, marker: Marker): { figures: string; where: string } {
    const label = this.valueLabel || 'This job';
    if (marker.foreign) {
      const { currency, unit } = marker.foreign;
      const money = (amount: number) => formatMoney(amount, currency, this.resolvedLocale);
      return { figures: `${label}: ${marker.low === marker.high ? money(marker.low) : `${money(marker.low)} to ${money(marker.high)}`} ${unit}`, where: `in ${currency}: not converted, so not drawn on this ${view.currency} band` };
    }
    const money = (amount: number) => this.money(amount, view.currency, { compact: false });
    const figures = marker.low === marker.high ? money(marker.low) : `${money(marker.low)} to ${money(marker.high)}`;
    const { shape } = view;
    // Placed against the bar as drawn: the middle half where the figures are percentiles.
    const where = placement(marker.low, marker.high, shape.boxLow, shape.boxHigh);
    return { figures: `${label}: ${figures}`, where: PLACEMENT_WORDS[where](shape.middleHalf ? 'the middle half' : 'the typical range') };
  }

  protected override render() {
    const view = this.resolve();
    if ('problem' in view) return view.problem;
    if (this.period != null && !PERIODS.includes(this.period)) this.warn(`period="${this.period}" is not valid; use year, month or hour. Showing a year.`);

    const marker = this.marker(view);
    const [scaleMin, scaleMax] = this.scaleEnds(view, marker);
    const single = view.min === view.max;
    const note = conversionNote(this.shownPeriod, view.weeklyHours, this.resolvedLocale);

    return html`
      <div part="base" class="band">
        <div class="summary" role="img" aria-label=${this.describe(view, marker)}>
          <div class="headline">
            <span part="label" class="label">${view.label}</span>
            <span part="figures" class="figures">
              ${this.moneyRange(view.min, view.max, view.currency)}
              <span class="period">${PERIOD_WORDS[this.shownPeriod]}</span>
              ${view.estimate ? html`<span class="estimate">estimate</span>` : nothing}
            </span>
          </div>
          ${this.renderScale(view, marker, scaleMin, scaleMax)}
          <div part="scale-labels" class="scale-labels">
            <span>${this.money(scaleMin, view.currency, { whole: true })}</span><span>${this.money(scaleMax, view.currency, { whole: true })}</span>
          </div>
          ${single ? (view.median !== undefined ? html`<p class="detail">Median only; no range is published</p>` : nothing) : this.renderDistributionWords(view)}
          ${marker ? this.renderMarkerLabel(view, marker) : nothing}
        </div>
        ${view.closest ? html`<p part="match-note" class="detail match-note">${view.closest}</p>` : nothing}
        ${view.source || note ? this.renderSourceDetails(view, note) : nothing}
      </div>
    `;
  }

  /**
   * The bar is SVG positioned in percentages: attributes, unlike inline styles, are allowed by a
   * strict Content-Security-Policy and survive server-side rendering. The marker is a pin (a line with
   * a round head) because a circle, unlike a polygon, takes percentages; a nested <svg> to place a
   * polygon made Firefox count the nested viewport in the band's box, sticking out of narrow columns.
   */
  private renderScale(view: BandView, marker: Marker | undefined, scaleMin: number, scaleMax: number) {
    const at = (amount: number) => `${percentOnScale(amount, scaleMin, scaleMax).toFixed(2)}%`;
    const single = view.min === view.max;
    const drawn = marker && !marker.foreign ? marker : undefined;
    const { shape } = view;
    const where = drawn && placement(drawn.low, drawn.high, shape.boxLow, shape.boxHigh);
    const width = percentOnScale(shape.boxHigh, scaleMin, scaleMax) - percentOnScale(shape.boxLow, scaleMin, scaleMax);
    const whisker = (from: number, to: number) =>
      svg`<line part="whisker" class="whisker" x1=${at(from)} x2=${at(to)} y1="50%" y2="50%"></line><line part="whisker" class="whisker" x1=${at(from)} x2=${at(from)} y1="30%" y2="70%"></line>`;
    return html`<svg part="scale" class="scale" aria-hidden="true" focusable="false">
      <line class="track" x1="0" x2="100%" y1="50%" y2="50%"></line>
      ${shape.whiskerLow !== undefined && !single ? whisker(shape.whiskerLow, shape.boxLow) : nothing}
      ${shape.whiskerHigh !== undefined && !single ? whisker(shape.whiskerHigh, shape.boxHigh) : nothing}
      ${single
        ? svg`<circle part="range" class="range point" cx=${at(view.min)} cy="50%" r="0.4em"></circle>`
        : svg`<rect part="range" class="range" x=${at(shape.boxLow)} width=${`${Math.max(width, 0.5).toFixed(2)}%`} y="20%" height="60%"></rect>`}
      ${view.median !== undefined && !single
        ? svg`<line part="median" class="median" x1=${at(view.median)} x2=${at(view.median)} y1="10%" y2="90%"></line>`
        : nothing}
      ${drawn
        ? svg`<g part="marker" class="marker ${where}">
            ${drawn.high > drawn.low
              ? svg`<rect class="marker-span" x=${at(drawn.low)} width=${`${(percentOnScale(drawn.high, scaleMin, scaleMax) - percentOnScale(drawn.low, scaleMin, scaleMax)).toFixed(2)}%`} y="0" height="25%"></rect>`
              : nothing}
            <line x1=${at(drawn.low)} x2=${at(drawn.low)} y1="0" y2="100%"></line>
            <circle cx=${at(drawn.low)} cy="0" r="5"></circle>
            ${drawn.high > drawn.low
              ? svg`<line x1=${at(drawn.high)} x2=${at(drawn.high)} y1="0" y2="100%"></line><circle cx=${at(drawn.high)} cy="0" r="5"></circle>`
              : nothing}
          </g>`
        : nothing}
    </svg>`;
  }

  /** The bar's parts in words, shown under it in the headline's short figures: "Bar: the middle half of earners; median £57k; one in ten …". */
  private renderDistributionWords(view: BandView) {
    const money = (amount: number) => this.money(amount, view.currency);
    const { shape } = view;
    const words = [shape.middleHalf ? 'Bar: the middle half of earners' : '', view.median !== undefined ? `median ${money(view.median)}` : '', ...this.tailWords(shape, money)].filter(Boolean);
    if (!words.length) return nothing;
    const text = words.join('; ');
    return html`<p class="detail">${text[0].toUpperCase()}${text.slice(1)}</p>`;
  }

  private renderMarkerLabel(view: BandView, marker: Marker) {
    const { figures, where } = this.markerWords(view, marker);
    return html`<p part="marker-label" class="detail marker-label">
      ${marker.foreign ? nothing : html`<span class="marker-key" aria-hidden="true"></span>`}${figures}, <strong>${where}</strong>
    </p>`;
  }

  private renderSourceDetails(view: BandView, note: string) {
    return html`
      <details part="source" class="source">
        <summary>Source${view.source ? html`: ${formatFigureDate(view.source.date, this.resolvedLocale)}` : nothing}</summary>
        ${view.source
          ? html`<p>${sourceName(view.source)}</p>`
          : nothing}
        ${view.basis ? html`<p>${view.basis}${view.estimate && !/\bestimate\b/i.test(view.basis) ? ' (an estimate)' : ''}.</p>` : nothing}
        ${note ? html`<p>${note}</p>` : nothing}
      </details>
    `;
  }
}
