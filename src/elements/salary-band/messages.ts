/**
 * The band's English: its text alternative, legend, marker, source and problems. Other
 * languages give the same keys (src/i18n/cy.ts); text between backticks is shown as code.
 */
import { addEnglish } from '../../i18n/localize.js';

const bar = { half: 'the middle half', range: 'the typical range', lower: 'the 25th percentile to the median' };
const placements = { below: 'below', 'overlaps-bottom': 'overlapping the bottom of', within: 'within', 'overlaps-top': 'overlapping the top of', above: 'above', spans: 'reaching beyond both ends of' };

export const salaryBandMessages = {
  // "within the middle half", "above the typical range": whole phrases, as other languages need them.
  ...Object.fromEntries(Object.entries(placements).flatMap(([where, words]) => Object.entries(bar).map(([kind, name]) => [`place.${where}.${kind}`, `${words} ${name}`]))),
  pay: 'Pay',
  thisJob: 'This job',
  estimate: 'estimate',
  sayBand: (label: string, figures: string) => `${label}: ${figures}.`,
  sayEstimate: (figures: string) => `${figures}, an estimate`,
  saySingle: (money: string, per: string) => `${money} ${per}`,
  saySingleMedian: (money: string, per: string) => `${money} ${per} (median; no range is published)`,
  sayMiddleHalf: (low: string, high: string, per: string) => `the middle half earn ${low} to ${high} ${per}`,
  sayTypical: (low: string, high: string, per: string) => `typically ${low} to ${high} ${per}`,
  sayMedian: (median: string) => `the median is ${median}`,
  // Only the 25th percentile and the median are published (ONS suppressed the 75th): said as exactly that.
  sayLowerHalf: (low: string, median: string, per: string) => `a quarter earn less than ${low} and half earn less than ${median} ${per} (the median); the 75th percentile is not published`,
  sayLowerHalfTails: (low: string, median: string, per: string, tails: string) =>
    `a quarter earn less than ${low} and half earn less than ${median} ${per} (the median), ${tails}; the 75th percentile is not published`,
  sayTails: (figures: string, tails: string) => `${figures}, and ${tails}`,
  /** The lowest and highest tenth together: "one in ten earn less than £30,000 and one in ten more than £90,000". */
  bothTails: (first: string, second: string) => `${first} and ${second}`,
  tailLow: (amount: string) => `one in ten earn less than ${amount}`,
  tailHigh: (amount: string) => `one in ten earn more than ${amount}`,
  tailHighToo: (amount: string) => `one in ten more than ${amount}`,
  saySource: (name: string, date: string) => `Source: ${name}, ${date}.`,
  legendHalf: 'Bar: the middle half of earners',
  legendLower: 'Bar: the 25th percentile to the median; the 75th percentile is not published',
  legendMedian: (median: string) => `median ${median}`,
  medianOnly: 'Median only; no range is published',
  marker: (label: string, amount: string) => `${label}: ${amount}`,
  markerRange: (label: string, low: string, high: string) => `${label}: ${low} to ${high}`,
  markerForeign: (currency: string, band: string) => `in ${currency}: not converted, so not drawn on this ${band} band`,
  markerWhere: (figures: string, where: string) => `${figures}, ${where}.`,
  source: 'Source',
  /** What a careers profile quotes, beside the official figures: "Quoted by a careers profile: £40,000 to £91,000 a year". */
  quoted: (figures: string, per: string) => `Quoted by a careers profile: ${figures} ${per}`,
  quotedBasis: (basis: string) => `Careers profile figure: ${basis}.`,
  sourceDated: (date: string) => `Source: ${date}`,
  basis: (basis: string) => `${basis}.`,
  basisEstimate: (basis: string) => `${basis} (an estimate).`,
  monthlyNote: 'Monthly figures are annual pay divided by 12.',
  hourlyNote: (hours: string) => `Hourly figures are annual pay divided by 52 weeks of ${hours} hours.`,
  /** Before the pay an advert gives, where no role fits it. */
  advertisedPay: 'Advertised pay',
  noRangeForTitle: 'No typical pay range for this job title.',
  noRangeForRole: 'No typical pay range is available for this role.',
  payUnavailable: 'Pay figures are not available.',
  noRegionReader: (region: string) => `No pay figures for this role in ${region}.`,
  /** The compact band's words without an advert's pay: what the bar is. */
  typicalRange: 'The typical range for this role',
  noRegion: (region: string, title: string, regions: string) => `No ${region} pay figures for ${title}. Figures exist for: ${regions}.`,
  badNumbers: (got: string) => `Pay range not shown: \`min\` and \`max\` must both be numbers (got ${got}).`,
  badOrder: (min: number, max: number) => `Pay range not shown: \`min\` (${min}) must be 0 or more and no greater than \`max\` (${max}).`,
  badCurrency: (got: string) => `Pay range not shown: \`currency\` must be a code such as GBP, USD or EUR (got "${got}").`,
};
addEnglish(salaryBandMessages);
