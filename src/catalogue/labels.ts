import type { Level, Role, RoleFamily, StackPart, TechnologyKind, Workplace } from './schema.js';

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
 * The badge a role carries: its part of the stack where it is one of the stack roles (or has no
 * family, as in a site's own older catalogue), otherwise its family, so a UX designer is not
 * called an "other engineering role".
 */
export function roleGroupLabel(role: Pick<Role, 'stack' | 'family'>): { kind: 'stack' | 'family'; label: string } {
  if (!role.family || role.family === 'stack' || role.family === 'other-engineering') return { kind: 'stack', label: STACK_LABELS[role.stack] };
  return { kind: 'family', label: FAMILY_LABELS[role.family] };
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

/**
 * Sentences the role card and salary band say about routes in and quoted pay, kept together so
 * they move into the message sets as one piece.
 */
export const ROUTE_WORDS = {
  trainingHeading: 'Apprenticeships and professional bodies',
  apprenticeshipsHeading: 'Apprenticeships in England',
  /** "Software developer, level 4 (ST0116)" after the linked title. */
  apprenticeshipLevel: (level: number, reference: string) => `, level ${level} (${reference})`,
  noApprenticeship: 'No apprenticeship standard in England is listed for this role.',
  bodiesHeading: 'Professional bodies',
  /** Before the figures a careers profile quotes, e.g. "Quoted by a careers profile: £40,000 to £91,000 a year". */
  quotedLead: 'Quoted by a careers profile:',
  quotedSourceLabel: 'Quoted pay',
  quotedBasisLead: 'Careers profile figure:',
};
