import type { Hours, PayBand } from './schema.js';

export const PERIODS = ['year', 'month', 'hour'] as const;
export type Period = (typeof PERIODS)[number];

export const DEFAULT_LOCALE = 'en-GB';
const WEEKS_PER_YEAR = 52;

/** A locale Intl accepts, falling back to en-GB for empty or malformed tags. */
export function resolveLocale(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate);
      if (canonical) return canonical;
    } catch {
      // A malformed tag from an attribute or the page's lang: try the next candidate.
    }
  }
  return DEFAULT_LOCALE;
}

const figureLocales: Record<string, string> = {};

/**
 * The locale figures are written in: the given one where the engine has number data for it, else
 * English as written in the language's region (`en-GB` for `cy` and `cy-GB`; Chromium has no Welsh
 * number data), never the engine's default, en-US, which would write "$" for dollars.
 */
export function figureLocale(locale: string): string {
  return (figureLocales[locale] ??= Intl.NumberFormat.supportedLocalesOf(locale).length
    ? locale
    : Intl.NumberFormat.supportedLocalesOf(`en-${new Intl.Locale(locale).region ?? 'GB'}`)[0] ?? DEFAULT_LOCALE);
}

// Building an Intl formatter costs far more than using one; hundreds of cards share these.
const formatters = new Map<string, unknown>();
function cached<T>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key) as T | undefined;
  if (!format) {
    format = create();
    formatters.set(key, format);
  }
  return format;
}
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export interface MoneyOptions {
  /** Short form, "£40k"; otherwise whole figures, "£40,000". */
  compact?: boolean;
  /** Pence or cents are kept for hourly figures, where they matter. */
  fractionDigits?: number;
  /** The language of the words around a range ("en", "cy"), which may differ from the figures' locale (Welsh in Chromium writes en-GB figures). */
  language?: string;
}

/**
 * How a range is written, one way per context and language (see README, "How ranges are written"):
 * compact figures take the locale's own range pattern, an en dash with no spaces and the unit once
 * ("£40–91k"), since they sit in tight places; full figures take the word a sentence would use
 * ("£40,000 to £91,000", "£40,000 i £91,000"), as sentences do, so a figure reads the same in a
 * headline and in the words under it. Languages without a word here keep their locale's pattern.
 */
export const RANGE_WORDS: Readonly<Record<string, string>> = { en: 'to', cy: 'i' };

function moneyFormat(currency: string, locale: string, { compact = false, fractionDigits = 0 }: MoneyOptions) {
  return numberFormat(
    locale,
    compact
      ? { style: 'currency', currency, notation: 'compact', maximumFractionDigits: fractionDigits }
      : { style: 'currency', currency, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits },
  );
}

export function formatMoney(amount: number, currency: string, locale: string, options: MoneyOptions = {}): string {
  return moneyFormat(currency, locale, options).format(amount);
}

// formatRange is slow (a fraction of a millisecond a call) and cards repeat the same few ranges.
const ranges = new Map<string, string>();
function range(format: Intl.NumberFormat, key: string, min: number, max: number): string {
  const cacheKey = `${key}|${min}|${max}`;
  let text = ranges.get(cacheKey);
  if (text === undefined) {
    text = min === max ? format.format(min) : format.formatRange(min, max);
    if (ranges.size > 1000) ranges.clear();
    ranges.set(cacheKey, text);
  }
  return text;
}

/**
 * A pay range: "£40–91k" compact (the locale's own range pattern), "£40,000 to £91,000" in full (see
 * RANGE_WORDS), or one figure where the source gives only one.
 */
export function formatMoneyRange(min: number, max: number, currency: string, locale: string, options: MoneyOptions = {}): string {
  const format = moneyFormat(currency, locale, options);
  const word = options.compact ? undefined : RANGE_WORDS[(options.language ?? locale).split('-')[0].toLowerCase()];
  if (word && min !== max) return `${format.format(min)} ${word} ${format.format(max)}`;
  return range(format, `${currency}|${locale}|${options.compact}|${options.fractionDigits}`, min, max);
}

/** "37–45"; the words around it are the caller's. */
export function formatNumberRange(min: number, max: number, locale: string): string {
  return range(numberFormat(locale, { maximumFractionDigits: 1 }), locale, min, max);
}

/** The weekly hours used to turn annual pay into hourly pay: the survey's median, else the middle of the advertised range. */
export function typicalWeeklyHours(hours: Pick<Hours, 'min' | 'max'> & { typical?: { hours: number } }): number {
  return hours.typical?.hours ?? (hours.min + hours.max) / 2;
}

/** Converts an annual figure to the given period. Hourly pay needs the hours worked a week. */
export function annualToPeriod(annual: number, period: Period, weeklyHours?: number): number {
  if (period === 'year') return annual;
  if (period === 'month') return annual / 12;
  if (!weeklyHours || weeklyHours <= 0) throw new RangeError('Hourly pay needs a positive number of hours a week');
  return annual / (weeklyHours * WEEKS_PER_YEAR);
}

/** The units a job advert's pay comes in (schema.org's unitText). */
export type PayUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';

/** Working days a week assumed for a day rate. */
export const DAYS_PER_WEEK = 5;

/** An amount in a posting's unit as a yearly figure, with the role's weekly hours for hourly and daily pay. */
export function annualFromUnit(amount: number, unit: PayUnit, weeklyHours: number): number {
  switch (unit) {
    case 'HOUR':
      return amount * weeklyHours * WEEKS_PER_YEAR;
    case 'DAY':
      return amount * DAYS_PER_WEEK * WEEKS_PER_YEAR;
    case 'WEEK':
      return amount * WEEKS_PER_YEAR;
    case 'MONTH':
      return amount * 12;
    case 'YEAR':
      return amount;
  }
}

/** How a converted figure was reached, in words a reader can check. */
export function conversionNote(period: Period, weeklyHours: number | undefined, locale: string): string {
  if (period === 'month') return 'Monthly figures are annual pay divided by 12.';
  if (period === 'hour' && weeklyHours) {
    const hours = numberFormat(locale, { maximumFractionDigits: 1 }).format(weeklyHours);
    return `Hourly figures are annual pay divided by ${WEEKS_PER_YEAR} weeks of ${hours} hours.`;
  }
  return '';
}

export const PERIOD_WORDS: Record<Period, string> = { year: 'a year', month: 'a month', hour: 'an hour' };

/** A band's figures: its range, and the percentiles its source publishes. */
export type BandFigures = Pick<PayBand, 'min' | 'max' | 'median' | 'p10' | 'p25' | 'p75' | 'p90'>;

/** A band converted to a period: the figures every element shows. */
export function bandInPeriod(band: BandFigures, period: Period, weeklyHours?: number): BandFigures {
  const convert = (value: number | undefined) => (value === undefined ? undefined : annualToPeriod(value, period, weeklyHours));
  return { min: convert(band.min)!, max: convert(band.max)!, median: convert(band.median), p10: convert(band.p10), p25: convert(band.p25), p75: convert(band.p75), p90: convert(band.p90) };
}

/** Where a band's parts are drawn; see bandShape. */
export interface BandShape {
  boxLow: number;
  boxHigh: number;
  whiskerLow?: number;
  whiskerHigh?: number;
  median?: number;
  /** The middle half is known: the box can be called that. */
  middleHalf: boolean;
  /** The box is the 25th percentile to the median: the publisher suppressed the 75th percentile. */
  lowerHalf: boolean;
}

/**
 * Where a band's parts are drawn: the box (the middle half where known, else min to max), the
 * whiskers (to the 10th and 90th percentiles, or to min and max where those lie outside the box)
 * and the median. A band with only min and max is a box alone.
 */
export function bandShape(band: BandFigures & { span?: PayBand['span'] }): BandShape {
  const boxLow = band.span === 'p10-p90' ? (band.p25 ?? band.min) : band.min;
  const boxHigh = band.span === 'p10-p90' ? (band.p75 ?? band.max) : band.max;
  const whiskerLow = band.span === 'p10-p90' ? band.min : band.p10;
  const whiskerHigh = band.span === 'p10-p90' ? band.max : band.p90;
  return {
    boxLow,
    boxHigh,
    whiskerLow: whiskerLow !== undefined && whiskerLow < boxLow ? whiskerLow : undefined,
    whiskerHigh: whiskerHigh !== undefined && whiskerHigh > boxHigh ? whiskerHigh : undefined,
    median: band.median,
    middleHalf: band.span === 'p25-p75' || (band.span === 'p10-p90' && band.p25 !== undefined && band.p75 !== undefined),
    lowerHalf: band.span === 'p25-median',
  };
}

/** "September 2024" from "2024-09"; a year alone stays a year. */
export function formatFigureDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!month) return String(year);
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(Date.UTC(year, month - 1, day || 1));
}

/**
 * English names of the regions the bundled catalogue has figures for. The first Intl.DisplayNames
 * a page creates loads the browser's whole region list (42 to 343 ms measured in Chromium 156, on
 * the main thread); an English page showing these regions does not need it.
 */
const ENGLISH_REGION_NAMES: Record<string, string> = { GB: 'United Kingdom', US: 'United States' };

/** "United Kingdom" for GB, in the reader's language; the code itself if the browser has no name. */
export function regionName(region: string, locale: string): string {
  const english = ENGLISH_REGION_NAMES[region];
  if (english && /^en(-|$)/i.test(locale)) return english;
  try {
    return cached('region', locale, {}, () => new Intl.DisplayNames([locale], { type: 'region' })).of(region) ?? region;
  } catch {
    return region;
  }
}

/**
 * "37–45 hours a week (plus on-call time; an estimate)"; without the unit where a heading already
 * says "Hours a week".
 */
export function formatHours(hours: Hours, locale: string, { unit = true } = {}): string {
  const words = unit ? ' hours a week' : '';
  const range = `${formatNumberRange(hours.min, hours.max, locale)}${words}`;
  const extras = [hours.note, hours.estimate ? 'an estimate' : undefined].filter(Boolean);
  const advertised = extras.length ? `${range} (${extras.join('; ')})` : range;
  if (!hours.typical) return advertised;
  const typical = `${formatNumberRange(hours.typical.hours, hours.typical.hours, locale)}${words}${hours.typical.estimate ? ' (an estimate)' : ''}`;
  return `Typically ${typical}; job adverts say ${advertised}`;
}
