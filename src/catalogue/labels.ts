import type { Level, RoleFacts, RoleFamily, StackPart, TechnologyKind, Workplace } from './schema.js';

/** Words for the catalogue's codes, shared by every element that shows them. */
export const STACK_LABELS: Record<StackPart, string> = {
  infrastructure: 'Infrastructure',
  'back-end': 'Back end',
  'front-end': 'Front end',
  'full-stack': 'Full stack',
  other: 'Other engineering role',
};

/** The groups a careers page lists roles under (the finder's filter, compare's pickers, the card's badge). */
export const FAMILY_LABELS: Record<RoleFamily, string> = {
  stack: 'By part of the stack',
  'other-engineering': 'Other engineering roles',
  'data-ai': 'Data and AI',
  security: 'Security',
  'design-writing': 'Design and writing',
  leading: 'Leading teams and projects',
  'hardware-games': 'Hardware and games',
  support: 'Support and networks',
};

/**
 * The badge a role carries, as the key of its words: its part of the stack where it is one of the
 * stack roles or the seed's other engineering roles (or has no family), else its family.
 */
export function roleGroupKey(role: Pick<RoleFacts, 'stack' | 'family'>): { kind: 'stack' | 'family'; key: string } {
  if (!role.family || role.family === 'stack' || role.family === 'other-engineering') return { kind: 'stack', key: `stack.${role.stack}` };
  return { kind: 'family', key: `family.${role.family}` };
}

export const LEVEL_LABELS: Record<Level, string> = {
  none: 'None',
  low: 'Little',
  some: 'Some',
  high: 'A lot',
};

export const WORKPLACE_LABELS: Record<Workplace, string> = {
  office: 'Office',
  hybrid: 'Hybrid',
  remote: 'Remote',
  freelance: 'Freelance',
  'client-site': 'At client sites',
  shifts: 'Shifts',
};

export const TECHNOLOGY_KIND_LABELS: Record<TechnologyKind, string> = {
  language: 'language',
  framework: 'framework',
  library: 'library',
  database: 'database',
  cloud: 'cloud',
  infrastructure: 'infrastructure as code',
  tool: 'tool',
  platform: 'platform',
  practice: 'practice',
};
