import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  annualFromUnit,
  annualToPeriod,
  type PayUnit,
  PERIODS,
  bandInPeriod,
  bandShape,
  type BandFigures,
  type BandShape,
  formatMoney,
  formatMoneyRange,
  formatNumberRange,
  typicalWeeklyHours,
  type Period,
} from '../../catalogue/format.js';
import type { ListingEntry, PayBand, QuotedPay, Source } from '../../catalogue/schema.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import { sourceName } from '../../shared/source-name.js';
import { highestDrawn, niceCeiling, percentOnScale, placement, type Placement } from '../../shared/scale.js';
import { PAY_UNITS, ReadsJobPosting, payUnitOf, type AdvertPayUnit, type JobPostingMatch } from '../../shared/reads-job-posting.js';
import { salaryBandStyles } from './salary-band.styles.js';
import './messages.js';

// Types this element's API uses, exported beside it for tools that read custom-elements.json.
export type { Period } from '../../catalogue/format.js';
export type { AdvertPayUnit, JobPostingMatch } from '../../shared/reads-job-posting.js';

/** `full` draws the scale, its labels and the legend; `compact` is one short block for lists of job adverts. */
export type SalaryBandVariant = 'compact' | 'full';

/** What a band shows when its advert names no role: the advertised pay with a plain line (`pay`), or nothing (`hide`). */
export type SalaryBandUnmatched = 'pay' | 'hide';

/** The currency of pay given as `value` without a role or `currency`: the region's. */
const REGION_CURRENCY: Record<string, string> = { GB: 'GBP', US: 'USD' };

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
  /** What a careers profile quotes for the role, in the period shown, beside the official figures. */
  quoted?: QuotedPay;
  /** Why the role is only the closest one to the page's job advert (a weak match). */
  closest?: string;
  /** The role's title alone, with "Closest role" before it where the match is weak: the compact band's label. */
  title: string;
}

/**
 * The figure or range plotted on the band: `value` (and `value-max`), or a job advert's pay. Pay
 * advertised in another currency than the band's is `foreign`: said in words, never drawn or converted.
 */
interface Marker {
  low: number;
  high: number;
  foreign?: { currency: string; unit: string };
}

/** A job advert's pay unit as the key of its words ("a day"). */
const unitKey = (unit: PayUnit) => `per.${unit.toLowerCase()}`;

/** Which bar a marker is placed against, as its message keys name it. */
const barKind = (shape: BandShape) => (shape.middleHalf ? 'half' : shape.lowerHalf ? 'lower' : 'range');

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
 * What loads when: with the script-tag loader a band for a role fetches only that role's facts; a
 * band drawn from explicit figures fetches no catalogue at all.
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
 * @csspart quoted - What a careers profile quotes for the role, credited and linked, beside the official figures.
 * @csspart scale-labels - The figures at each end of the scale.
 * @csspart source - The disclosure holding the source, date and basis of the figures.
 * @csspart problem - The message shown for input the band cannot draw. In plain words for readers; the details go to the console.
 * @csspart problem-detail - In an editor's preview (`diagnostics`), what is wrong in a developer's terms.
 * @csspart match-note - With `job-posting` or `job-title`, the sentence saying the role is only the closest one to the advert's title.
 * @csspart advert-pay - Where no role fits the advert: the advertised pay shown on its own.
 *
 * @cssprop --rw-band-color - Fill of the typical range.
 * @cssprop --rw-band-track-color - Colour of the whole scale's track.
 * @cssprop --rw-whisker-color - Colour of the lines out to the 10th and 90th percentiles.
 * @cssprop --rw-marker-color - Colour of the `value` marker.
 * @cssprop --rw-band-height - Height of the bar (default 0.75rem).
 */
export class SalaryBand extends ReadsJobPosting(RoleWidgetElement) {
  static override styles = salaryBandStyles;

  /**
   * `full` (the default) draws the scale with its figures, legend and source; `compact`, for lists
   * of job adverts, is one short block: the role, the advertised pay, a slim bar and where the pay
   * sits, with the source a click away. Screen readers hear the same whole sentence in both.
   */
  @property({ reflect: true }) variant: SalaryBandVariant = 'full';

  /**
   * When the advert (`job-title`, `job-posting`) or `role-id` names no role: `pay` (the default)
   * shows the advertised pay with a plain line saying there is no typical range for it; `hide` shows
   * nothing. Either way the console lists the titles that found no role.
   */
  @property() unmatched: SalaryBandUnmatched = 'pay';

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

  /** What `value` is, in words; "This job" in the reader's language when not set. */
  @property({ attribute: 'value-label' }) valueLabel?: string;

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

  /** A range in `unit` (the period shown unless given): short figures only for annual pay where `compact` allows, pence and cents for hourly pay. */
  private moneyRange(min: number, max: number, currency: string, { compact = true, unit = this.shownPeriod as string } = {}) {
    return formatMoneyRange(min, max, currency, this.resolvedLocale, { compact: compact && !this.fullFigures && unit === 'year', fractionDigits: unit === 'hour' ? 2 : 0, language: this.language });
  }

  /**
   * The role the band is for: `role-id`'s facts; or, from a job advert, the listing's entry for the
   * role its title names, so a list of adverts fetches one small file for every band.
   */
  private get shownRole(): ListingEntry | undefined {
    const advert = this.roleId ? undefined : this.jobMatch;
    if (!advert) return this.lookupRole(this.roleId);
    return advert.roleId ? this.listing?.find((role) => role.id === advert.roleId) : undefined;
  }

  /** Turns attributes or the catalogue into figures to draw, or the reason it cannot. */
  private resolve(): BandView | { problem: TemplateResult } {
    if (this.explicit) return this.resolveExplicit();

    const advert = this.jobMatch;
    const role = this.shownRole;
    if (!role) {
      if (this.catalogueLoading || advert?.loading) return { problem: this.renderLoading('loading.pay') };
      return { problem: this.renderWithoutRole(advert) };
    }
    const band: PayBand | undefined = role.salary[this.regionCode];
    if (!band) {
      const regions = Object.keys(role.salary).join(', ');
      this.warn(`region="${this.regionCode}" has no figures for ${role.id}. Valid regions for this role: ${regions}.`);
      return { problem: this.renderProblem(this.localize.term('noRegionReader', this.regionWords(this.regionCode)), this.localize.term('noRegion', this.regionCode, this.roleTitle(role), regions)) };
    }
    const weeklyHours = typicalWeeklyHours(role.hours);
    const figures = bandInPeriod(band, this.shownPeriod, weeklyHours);
    const quoted = role.quotedPay?.[this.regionCode];
    const closest = this.closestRoleNote(this.roleId);
    const title = `${closest ? `${this.localize.term('closestRole')}: ` : ''}${this.roleTitle(role)}`;
    return {
      label: `${title}, ${this.regionWords(this.regionCode)}`,
      title,
      closest,
      currency: band.currency,
      ...figures,
      shape: bandShape({ ...figures, span: band.span }),
      estimate: band.estimate === true,
      basis: band.basis,
      source: band.source,
      weeklyHours,
      ...(quoted && {
        quoted: { ...quoted, min: annualToPeriod(quoted.min, this.shownPeriod, weeklyHours), max: annualToPeriod(quoted.max, this.shownPeriod, weeklyHours) },
      }),
    };
  }

  /**
   * No role fits: the advertised pay on its own, if any, with a plain line for readers (or nothing,
   * with `unmatched="hide"`). What was read, and why it found nothing, goes to the console and to
   * an editor's preview.
   */
  private renderWithoutRole(advert: JobPostingMatch | undefined): TemplateResult {
    const problem = advert && !this.roleId ? this.renderPostingProblem(advert, advert.title ? 'noRangeForTitle' : 'payUnavailable') : this.renderUnknownRole('role-id', this.roleId, 'noRangeForRole');
    if (this.unmatched === 'hide' && !this.diagnostics) return html``;
    const pay = this.advertPay();
    const currency = this.value != null ? (this.currency || REGION_CURRENCY[this.regionCode] || 'GBP').toUpperCase() : advert?.pay?.currency;
    if (!pay || !currency) return problem;
    const figures = this.moneyRange(pay.low, pay.high, currency, { compact: this.variant === 'compact', unit: pay.unit });
    return html`<div part="base" class="band without-role ${this.variant === 'compact' ? 'compact' : ''}">
      <p part="advert-pay" class="advert-pay"><span class="label">${this.valueLabel || this.localize.term('advertisedPay')}</span> <span part="figures" class="figures">${figures} <span class="period">${this.localize.term(`per.${pay.unit}`)}</span></span></p>
      ${problem}
    </div>`;
  }

  private resolveExplicit(): BandView | { problem: TemplateResult } {
    const bad = (['min', 'max'] as const).filter((name) => this[name] == null || !Number.isFinite(this[name]));
    if (bad.length) {
      const got = bad.map((name) => `${name}=${JSON.stringify(this.getAttribute(name) ?? '')}`).join(', ');
      this.warn(`min and max must both be numbers (got ${got}).`);
      return { problem: this.renderProblem(this.localize.term('payUnavailable'), this.localize.term('badNumbers', got)) };
    }
    const min = this.min!;
    const max = this.max!;
    if (min > max || min < 0) {
      this.warn(`min (${min}) must be 0 or more and no greater than max (${max}).`);
      return { problem: this.renderProblem(this.localize.term('payUnavailable'), this.localize.term('badOrder', min, max)) };
    }
    const currency = (this.currency ?? '').toUpperCase();
    if (!isValidCurrency(currency)) {
      this.warn(`currency=${JSON.stringify(this.currency ?? '')} is not an ISO 4217 code. Use a code such as GBP, USD or EUR.`);
      return { problem: this.renderProblem(this.localize.term('payUnavailable'), this.localize.term('badCurrency', this.currency ?? '')) };
    }
    const median = this.median != null && Number.isFinite(this.median) && this.median >= min && this.median <= max ? this.median : undefined;
    if (this.median != null && median === undefined) this.warn(`median (${this.median}) must be a number between min and max; it is not shown.`);
    const label = this.label ?? this.localize.term('pay');
    return { label, title: label, currency, min, max, median, shape: bandShape({ min, max, median }), estimate: false };
  }

  private describe(view: BandView, marker?: Marker): string {
    const term = this.localize.term;
    const per = term(`per.${this.shownPeriod}`);
    const money = (amount: number) => this.money(amount, view.currency, { compact: false });
    const { shape } = view;
    const single = view.min === view.max;
    let figures: string;
    if (single) figures = term(view.median === view.min ? 'saySingleMedian' : 'saySingle', money(view.min), per);
    else {
      // One message per shape of sentence, so a translator's file holds whole sentences with placeholders.
      const [firstTail, secondTail] = this.tailWords(shape, money);
      const tails = secondTail ? term('bothTails', firstTail, secondTail) : firstTail;
      if (shape.lowerHalf) {
        // Only the 25th percentile and the median are published: say exactly that, and no more.
        figures = tails ? term('sayLowerHalfTails', money(shape.boxLow), money(shape.boxHigh), per, tails) : term('sayLowerHalf', money(shape.boxLow), money(shape.boxHigh), per);
      } else {
        figures = term(shape.middleHalf ? 'sayMiddleHalf' : 'sayTypical', money(shape.boxLow), money(shape.boxHigh), per);
        if (view.median !== undefined) figures = `${figures}, ${term('sayMedian', money(view.median))}`;
        if (tails) figures = term('sayTails', figures, tails);
      }
    }
    const parts = [term('sayBand', view.label, view.estimate ? term('sayEstimate', figures) : figures)];
    if (marker) {
      const { figures, where } = this.markerWords(view, marker);
      parts.push(term('markerWhere', figures, where));
    }
    if (view.source) {
      // One accessible name cannot change language: a source's name with no words in the reader's language is left out.
      const name = this.localize.phrase(view.source.name);
      const date = this.figureDate(view.source.date);
      parts.push(name.lang === this.readerLanguage ? term('saySource', name.text, date) : `${term('sourceDated', date)}.`);
    }
    return parts.join(' ');
  }

  /** "one in ten earn less than £32,835", "one in ten more than £102,860": as far as the source publishes. */
  private tailWords(shape: BandShape, money: (amount: number) => string): string[] {
    const tails = [];
    if (shape.whiskerLow !== undefined) tails.push(this.localize.term('tailLow', money(shape.whiskerLow)));
    if (shape.whiskerHigh !== undefined) tails.push(this.localize.term(tails.length ? 'tailHighToo' : 'tailHigh', money(shape.whiskerHigh)));
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

  /**
   * The advert's pay as it states it, before any conversion: `value` (to `value-max`) in `pay-unit`
   * (else in the period shown), or the page's JobPosting's. The one place these attributes are
   * read and checked; undefined when there is no pay or `value` is not a positive number.
   */
  private advertPay(): { low: number; high: number; unit: AdvertPayUnit; posting?: NonNullable<JobPostingMatch['pay']> } | undefined {
    if (this.value == null) {
      const pay = this.jobMatch?.pay;
      return pay && { low: pay.min, high: pay.max, unit: pay.unit.toLowerCase() as AdvertPayUnit, posting: pay };
    }
    if (!Number.isFinite(this.value) || this.value < 0) {
      this.warn(`value=${JSON.stringify(this.getAttribute('value') ?? String(this.value))} is not a positive number; no marker is drawn.`);
      return undefined;
    }
    let high = this.value;
    if (this.valueMax != null) {
      if (Number.isFinite(this.valueMax) && this.valueMax >= this.value) high = this.valueMax;
      else this.warn(`value-max=${JSON.stringify(this.getAttribute('value-max') ?? String(this.valueMax))} must be a number no smaller than value; only value is drawn.`);
    }
    let unit: AdvertPayUnit = this.shownPeriod;
    if (this.payUnit != null) {
      if (PAY_UNITS.includes(this.payUnit)) unit = this.payUnit;
      else this.warn(`pay-unit="${this.payUnit}" is not valid; use ${PAY_UNITS.join(', ')}. value is taken as pay ${this.shownPeriod === 'hour' ? 'an hour' : `a ${this.shownPeriod}`}.`);
    }
    return { low: this.value, high, unit };
  }

  /**
   * The advert's pay in the band's period, converted with the role's hours where its unit differs;
   * an advert in another currency is placed apart (`foreign`), not converted.
   */
  private marker(view: BandView): Marker | undefined {
    const pay = this.advertPay();
    if (!pay) return undefined;
    if (pay.posting && pay.posting.currency !== view.currency) return { low: pay.low, high: pay.high, foreign: { currency: pay.posting.currency, unit: this.localize.term(unitKey(pay.posting.unit)) } };
    if (pay.unit === this.shownPeriod) return { low: pay.low, high: pay.high };
    const hours = view.weeklyHours ?? 37.5;
    const convert = (amount: number) => annualToPeriod(annualFromUnit(amount, payUnitOf(pay.unit), hours), this.shownPeriod, hours);
    return { low: convert(pay.low), high: convert(pay.high) };
  }

  /** "This job: £52,000 to £60,000" and where that falls, "overlapping the top of the typical range". */
  private markerWords(view: BandView, marker: Marker): { figures: string; where: string } {
    const term = this.localize.term;
    const label = this.valueLabel || term('thisJob');
    const foreign = marker.foreign;
    const money = foreign ? (amount: number) => formatMoney(amount, foreign.currency, this.resolvedLocale) : (amount: number) => this.money(amount, view.currency, { compact: false });
    const figures = marker.low === marker.high ? term('marker', label, money(marker.low)) : term('markerRange', label, money(marker.low), money(marker.high));
    if (foreign) return { figures: `${figures} ${foreign.unit}`, where: term('markerForeign', foreign.currency, view.currency) };
    const { shape } = view;
    // Placed against the bar as drawn: the middle half where the figures are percentiles.
    const where: Placement = placement(marker.low, marker.high, shape.boxLow, shape.boxHigh);
    return { figures, where: term(`place.${where}.${barKind(shape)}`) };
  }

  protected override render() {
    const view = this.resolve();
    if ('problem' in view) return view.problem;
    if (this.period != null && !PERIODS.includes(this.period)) this.warn(`period="${this.period}" is not valid; use year, month or hour. Showing a year.`);

    const marker = this.marker(view);
    if (this.variant === 'compact') return this.renderCompact(view, marker);
    if (this.variant != null && this.variant !== 'full') this.warn(`variant="${this.variant}" is not valid; use full or compact. Showing full.`);
    const [scaleMin, scaleMax] = this.scaleEnds(view, marker);
    const single = view.min === view.max;
    const note =
      this.shownPeriod === 'month'
        ? this.localize.term('monthlyNote')
        : this.shownPeriod === 'hour' && view.weeklyHours
          ? this.localize.term('hourlyNote', formatNumberRange(view.weeklyHours, view.weeklyHours, this.resolvedLocale))
          : '';

    return html`
      <div part="base" class="band">
        <div class="summary" role="img" aria-label=${this.describe(view, marker)}>
          <div class="headline">
            <span part="label" class="label">${view.label}</span>
            <span part="figures" class="figures">
              ${this.moneyRange(view.min, view.max, view.currency)}
              <span class="period">${this.localize.term(`per.${this.shownPeriod}`)}</span>
              ${view.estimate ? html`<span class="estimate">${this.localize.term('estimate')}</span>` : nothing}
            </span>
          </div>
          ${this.renderScale(view, marker, scaleMin, scaleMax)}
          <div part="scale-labels" class="scale-labels">
            <span>${this.money(scaleMin, view.currency, { whole: true })}</span><span>${this.money(scaleMax, view.currency, { whole: true })}</span>
          </div>
          ${single ? (view.median !== undefined ? html`<p class="detail">${this.localize.term('medianOnly')}</p>` : nothing) : this.renderDistributionWords(view)}
          ${marker ? this.renderMarkerLabel(view, marker) : nothing}
        </div>
        ${view.quoted ? this.renderQuoted(view.quoted) : nothing}
        ${view.closest ? html`<p part="match-note" class="detail match-note">${view.closest}</p>` : nothing}
        ${view.source || note ? this.renderSourceDetails(view, note) : nothing}
      </div>
    `;
  }

  /**
   * One short block for a list of adverts: the role and the advertised pay on one line, a slim bar,
   * and where the pay sits in words with the source one click away. The whole sentence is the
   * block's text alternative, as on the full band.
   */
  private renderCompact(view: BandView, marker: Marker | undefined) {
    const [scaleMin, scaleMax] = this.scaleEnds(view, marker);
    const range = this.moneyRange(view.min, view.max, view.currency);
    const where = marker ? this.markerWords(view, marker).where : view.shape.middleHalf ? this.localize.term('legendHalf') : this.localize.term('typicalRange');
    const sentence = `${where[0].toUpperCase()}${where.slice(1)}`;
    return html`
      <div part="base" class="band compact">
        <div class="summary" role="img" aria-label=${this.describe(view, marker)}>
          <p class="headline">
            <span part="label" class="label">${view.title}</span>
            <span part="figures" class="figures">${this.compactFigures(view, marker) ?? range} <span class="period">${this.localize.term(`per.${this.advertUnit(marker)}`)}</span></span>
          </p>
          ${this.renderScale(view, marker, scaleMin, scaleMax)}
        </div>
        <div class="where">
          <p part="marker-label" class="detail marker-label">${sentence}${marker && !marker.foreign ? html`<span class="nowrap">&nbsp;(${range})</span>` : nothing}</p>
          ${view.source ? this.renderSourceDetails(view, '', true) : nothing}
        </div>
      </div>
    `;
  }

  /**
   * The compact band's headline figures: the advert's own pay in its own unit ("£550–650 a day"),
   * as the reader met it in the advert; the bar and the words place it after conversion.
   */
  private compactFigures(view: BandView, marker: Marker | undefined): string | undefined {
    const pay = marker && this.advertPay();
    return pay && this.moneyRange(pay.low, pay.high, marker.foreign?.currency ?? view.currency, { unit: pay.unit });
  }

  /** The unit the compact headline's figures are in: the advert's own, else the period shown. */
  private advertUnit(marker: Marker | undefined): string {
    return (marker && this.advertPay()?.unit) || this.shownPeriod;
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
    const bar = shape.middleHalf ? this.localize.term('legendHalf') : shape.lowerHalf ? this.localize.term('legendLower') : '';
    const words = [bar, view.median !== undefined ? this.localize.term('legendMedian', money(view.median)) : '', ...this.tailWords(shape, money)].filter(Boolean);
    if (!words.length) return nothing;
    const text = words.join('; ');
    return html`<p class="detail">${text[0].toUpperCase()}${text.slice(1)}</p>`;
  }

  /**
   * What a careers profile quotes, beside the official figures and outside the band's image, so
   * its credit stays a link a screen reader can reach.
   */
  private renderQuoted(quoted: QuotedPay) {
    const figures = this.moneyRange(quoted.min, quoted.max, quoted.currency, { compact: false });
    return html`<p part="quoted" class="detail quoted">
      ${this.localize.term('quoted', figures, this.localize.term(`per.${this.shownPeriod}`))} (${sourceName(quoted.source, this.said(quoted.source.name))}, ${this.figureDate(quoted.source.date)})
    </p>`;
  }

  private renderMarkerLabel(view: BandView, marker: Marker) {
    const { figures, where } = this.markerWords(view, marker);
    return html`<p part="marker-label" class="detail marker-label">
      ${marker.foreign ? nothing : html`<span class="marker-key" aria-hidden="true"></span>`}${figures}, <strong>${where}</strong>
    </p>`;
  }

  /** The source, date and basis, folded; `short` (the compact band) says only "Source" until opened. */
  private renderSourceDetails(view: BandView, note: string, short = false) {
    return html`
      <details part="source" class="source">
        <summary>${view.source && !short ? this.localize.term('sourceDated', this.figureDate(view.source.date)) : this.localize.term('source')}</summary>
        ${view.source
          ? html`<p>${sourceName(view.source, this.said(view.source.name))}${short ? `, ${this.figureDate(view.source.date)}` : ''}</p>`
          : nothing}
        ${view.basis ? html`<p>${this.localize.rich(view.estimate && !/\bestimate\b/i.test(view.basis) ? 'basisEstimate' : 'basis', this.said(view.basis))}</p>` : nothing}
        ${note ? html`<p>${note}</p>` : nothing}
        ${view.quoted ? html`<p>${this.localize.rich('quotedBasis', this.said(view.quoted.basis))}</p>` : nothing}
      </details>
    `;
  }
}
