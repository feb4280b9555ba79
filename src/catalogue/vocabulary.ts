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
export const PAY_SPANS = ['p25-p75', 'p10-p90'] as const;
export const LEVELS = ['none', 'low', 'some', 'high'] as const;
export const WORKPLACES = ['office', 'hybrid', 'remote', 'freelance', 'client-site', 'shifts'] as const;
