import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  PERIOD_WORDS,
  PERIODS,
  bandInPeriod,
  conversionNote,
  formatFigureDate,
  formatMoney,
  formatMoneyRange,
  regionName,
  typicalWeeklyHours,
  type Period,
} from '../../catalogue/format.js';
import { findRole } from '../../catalogue/lookup.js';
import type { SalaryBand as SalaryBandData, Source } from '../../catalogue/schema.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import { sourceName } from '../../shared/source-name.js';
import { niceCeiling, percentOnScale, placement, type Placement } from '../../shared/scale.js';
import { salaryBandStyles } from './salary-band.styles.js';

/** Everything the band draws, in the period shown. */
interface BandView {
  label: string;
  currency: string;
  min: number;
  max: number;
  median?: number;
  estimate: boolean;
  basis?: string;
  source?: Source;
  weeklyHours?: number;
}

const PLACEMENT_WORDS: Record<Placement, string> = {
  below: 'below the typical range',
  within: 'within the typical range',
  above: 'above the typical range',
};

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
 * @csspart range - The filled part of the track: the typical range.
 * @csspart median - The tick at the median, where known.
 * @csspart marker - The tick for `value`.
 * @csspart marker-label - The words that say where `value` falls.
 * @csspart scale-labels - The figures at each end of the scale.
 * @csspart source - The disclosure holding the source, date and basis of the figures.
 * @csspart problem - The message shown for input the band cannot draw.
 *
 * @cssprop --rw-band-color - Fill of the typical range.
 * @cssprop --rw-band-track-color - Colour of the whole scale's track.
 * @cssprop --rw-marker-color - Colour of the `value` marker.
 * @cssprop --rw-band-height - Height of the bar (default 0.75rem).
 */
export class SalaryBand extends RoleWidgetElement {
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
  @property({ reflect: true }) period: Period = 'year';

  /** Start of the scale; set the same ends on several bands so they line up. */
  @property({ attribute: 'scale-min', type: Number }) scaleMin?: number;

  /** End of the scale; set the same ends on several bands so they line up. */
  @property({ attribute: 'scale-max', type: Number }) scaleMax?: number;

  /** A figure to plot on the band, such as an offer, in the `period` shown. */
  @property({ type: Number }) value?: number;

  /** What `value` is, in words. */
  @property({ attribute: 'value-label' }) valueLabel = 'This job';

  /** Show whole figures (£40,000) instead of short ones (£40k). */
  @property({ attribute: 'full-figures', type: Boolean, reflect: true }) fullFigures = false;

  /** The sentence screen readers hear: the whole band in words. */
  get description(): string {
    const view = this.resolve();
    return 'problem' in view ? '' : this.describe(view);
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

    const role = findRole(this.catalogue, this.roleId);
    if (!role) {
      if (this.catalogueLoading) return { problem: this.renderLoading('salary figures') };
      return { problem: this.renderUnknownRole('role-id', this.roleId) };
    }
    const band: SalaryBandData | undefined = role.salary[this.regionCode];
    if (!band) {
      const regions = Object.keys(role.salary).join(', ');
      this.warn(`region="${this.regionCode}" has no figures for ${role.id}. Valid regions for this role: ${regions}.`);
      return { problem: this.renderProblem(html`No ${this.regionCode} pay figures for ${role.title}. Figures exist for: ${regions}.`) };
    }
    const weeklyHours = typicalWeeklyHours(role.hours);
    const figures = bandInPeriod(band, this.shownPeriod, weeklyHours);
    return {
      label: `${role.title}, ${regionName(this.regionCode, this.resolvedLocale)}`,
      currency: band.currency,
      ...figures,
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
    return { label: this.label ?? 'Pay', currency, min, max, median, estimate: false };
  }

  private describe(view: BandView, value?: number): string {
    const words = PERIOD_WORDS[this.shownPeriod];
    const single = view.min === view.max;
    const figures = single
      ? `${this.money(view.min, view.currency, { compact: false })} ${words}${view.median === view.min ? ' (median; no range is published)' : ''}`
      : `typically ${this.money(view.min, view.currency, { compact: false })} to ${this.money(view.max, view.currency, { compact: false })} ${words}`;
    const parts = [`${view.label}: ${figures}${view.estimate ? ', an estimate' : ''}.`];
    if (view.median !== undefined && !single) parts.push(`Median ${this.money(view.median, view.currency, { compact: false })}.`);
    if (value !== undefined) parts.push(`${this.valueLabel || 'This job'}: ${this.money(value, view.currency, { compact: false })}, ${PLACEMENT_WORDS[placement(value, view.min, view.max)]}.`);
    if (view.source) parts.push(`Source: ${view.source.name}, ${formatFigureDate(view.source.date, this.resolvedLocale)}.`);
    return parts.join(' ');
  }

  /** Ends of the scale: the shared ones when valid, otherwise zero to a round figure above the band. */
  private scaleEnds(view: BandView, value: number | undefined): [number, number] {
    const { scaleMin, scaleMax } = this;
    if (scaleMin != null || scaleMax != null) {
      if (Number.isFinite(scaleMin) && Number.isFinite(scaleMax) && scaleMin! < scaleMax!) return [scaleMin!, scaleMax!];
      this.warn(`scale-min (${this.getAttribute('scale-min')}) and scale-max (${this.getAttribute('scale-max')}) must be numbers with scale-min below scale-max; an automatic scale is used.`);
    }
    return [0, niceCeiling(Math.max(view.max, value ?? 0) * 1.1)];
  }

  private markerValue(): number | undefined {
    if (this.value == null) return undefined;
    if (Number.isFinite(this.value) && this.value >= 0) return this.value;
    this.warn(`value=${JSON.stringify(this.getAttribute('value') ?? String(this.value))} is not a positive number; no marker is drawn.`);
    return undefined;
  }

  protected override render() {
    const view = this.resolve();
    if ('problem' in view) return view.problem;
    if (this.period != null && !PERIODS.includes(this.period)) this.warn(`period="${this.period}" is not valid; use year, month or hour. Showing a year.`);

    const value = this.markerValue();
    const [scaleMin, scaleMax] = this.scaleEnds(view, value);
    const single = view.min === view.max;
    const where = value === undefined ? undefined : placement(value, view.min, view.max);
    const note = conversionNote(this.shownPeriod, view.weeklyHours, this.resolvedLocale);

    return html`
      <div part="base" class="band">
        <div class="summary" role="img" aria-label=${this.describe(view, value)}>
          <div class="headline">
            <span part="label" class="label">${view.label}</span>
            <span part="figures" class="figures">
              ${this.moneyRange(view.min, view.max, view.currency)}
              <span class="period">${PERIOD_WORDS[this.shownPeriod]}</span>
              ${view.estimate ? html`<span class="estimate">estimate</span>` : nothing}
            </span>
          </div>
          ${this.renderScale(view, value, scaleMin, scaleMax)}
          <div part="scale-labels" class="scale-labels">
            <span>${this.money(scaleMin, view.currency, { whole: true })}</span><span>${this.money(scaleMax, view.currency, { whole: true })}</span>
          </div>
          ${view.median !== undefined && !single ? html`<p class="detail">Median ${this.money(view.median, view.currency, { compact: false })}</p>` : nothing}
          ${single && view.median !== undefined ? html`<p class="detail">Median only; no range is published</p>` : nothing}
          ${value !== undefined
            ? html`<p part="marker-label" class="detail marker-label">
                <span class="marker-key" aria-hidden="true"></span>${this.valueLabel || 'This job'}: ${this.money(value, view.currency, { compact: false })},
                <strong>${PLACEMENT_WORDS[where!]}</strong>
              </p>`
            : nothing}
        </div>
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
  private renderScale(view: BandView, value: number | undefined, scaleMin: number, scaleMax: number) {
    const at = (amount: number) => `${percentOnScale(amount, scaleMin, scaleMax).toFixed(2)}%`;
    const single = view.min === view.max;
    const where = value === undefined ? undefined : placement(value, view.min, view.max);
    const width = percentOnScale(view.max, scaleMin, scaleMax) - percentOnScale(view.min, scaleMin, scaleMax);
    return html`<svg part="scale" class="scale" aria-hidden="true" focusable="false">
      <line class="track" x1="0" x2="100%" y1="50%" y2="50%"></line>
      ${single
        ? svg`<circle part="range" class="range point" cx=${at(view.min)} cy="50%" r="0.4em"></circle>`
        : svg`<rect part="range" class="range" x=${at(view.min)} width=${`${Math.max(width, 0.5).toFixed(2)}%`} y="20%" height="60%"></rect>`}
      ${view.median !== undefined && !single
        ? svg`<line part="median" class="median" x1=${at(view.median)} x2=${at(view.median)} y1="10%" y2="90%"></line>`
        : nothing}
      ${value !== undefined
        ? svg`<g part="marker" class="marker ${where}">
            <line x1=${at(value)} x2=${at(value)} y1="0" y2="100%"></line>
            <circle cx=${at(value)} cy="0" r="5"></circle>
          </g>`
        : nothing}
    </svg>`;
  }

  private renderSourceDetails(view: BandView, note: string) {
    return html`
      <details part="source" class="source">
        <summary>Source${view.source ? html`: ${formatFigureDate(view.source.date, this.resolvedLocale)}` : nothing}</summary>
        ${view.source
          ? html`<p>${sourceName(view.source)}</p>`
          : nothing}
        ${view.basis ? html`<p>${view.basis}${view.estimate ? ' (an estimate)' : ''}.</p>` : nothing}
        ${note ? html`<p>${note}</p>` : nothing}
      </details>
    `;
  }
}
