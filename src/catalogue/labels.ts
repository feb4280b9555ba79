import type { Level, StackPart, TechnologyKind, Workplace } from './schema.js';

/** Words for the catalogue's codes, shared by every element that shows them. */
export const STACK_LABELS: Record<StackPart, string> = {
  infrastructure: 'Infrastructure',
  'back-end': 'Back end',
  'front-end': 'Front end',
  'full-stack': 'Full stack',
  other: 'Other engineering role',
};

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
