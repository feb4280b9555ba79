/**
 * The catalogue's fixed vocabulary: limits, the id pattern and the allowed values of its enumerated
 * fields. Kept apart from the valibot schema (schema.ts), so elements that only need the words
 * never download the validator.
 */
export const MAX_CATALOGUE_ROLES = 500;

export const roleIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const STACK_PARTS = ['infrastructure', 'back-end', 'front-end', 'full-stack', 'other'] as const;
export const TECHNOLOGY_KINDS = [
  'language',
  'framework',
  'library',
  'database',
  'cloud',
  'infrastructure',
  'tool',
  'platform',
  'practice',
] as const;
/** Which percentiles a pay band's min and max are. */
/**
 * Which percentiles a pay band's min and max are. "p25-median" is for an occupation whose 75th
 * percentile the publisher suppressed: the band is then drawn and said as the 25th percentile to the median.
 */
export const PAY_SPANS = ['p25-p75', 'p10-p90', 'p25-median'] as const;
/** How a careers page groups roles: the seed's "by part of the stack" and "other engineering roles", then the families careers services use. */
export const ROLE_FAMILIES = ['stack', 'other-engineering', 'data-ai', 'security', 'design-writing', 'leading', 'hardware-games', 'support'] as const;
export const LEVELS = ['none', 'low', 'some', 'high'] as const;
export const WORKPLACES = ['office', 'hybrid', 'remote', 'freelance', 'client-site', 'shifts'] as const;
