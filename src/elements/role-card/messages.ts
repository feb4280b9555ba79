/** The card's English: section headings, buttons and the sources list. Other languages give the same keys. */
import { addEnglish, type MessageSet } from '../../i18n/localize.js';

export const roleCardMessages: MessageSet = {
  alsoCalled: (names: string) => `Also called: ${names}`,
  showFull: 'Show full profile',
  showLess: 'Show less',
  'section.summary': 'What the job is',
  'section.pay': 'Pay',
  'section.hours': 'Hours',
  'section.technologies': 'Technologies',
  'section.duties': 'Day-to-day duties',
  'section.environment': 'Working environment',
  'section.requirements': 'What you will need',
  'section.prospects': 'Career prospects',
  'section.questions': 'Questions to ask at interview',
  'section.sources': 'Sources',
  'section.training': 'Apprenticeships and professional bodies',
  apprenticeships: 'Apprenticeships in England',
  /** After the linked title of a standard: "Software developer, level 4 (ST0116)". */
  apprenticeshipLevel: (level: number, reference: string) => `, level ${level} (${reference})`,
  noApprenticeship: 'No apprenticeship standard in England is listed for this role.',
  professionalBodies: 'Professional bodies',
  sourceQuoted: (region: string) => `Quoted pay (${region})`,
  skills: 'Skills',
  routesIn: 'Routes in',
  qualifications: 'Qualifications',
  // Counted: a language with more plural forms than English gives one wording for each.
  moreTags: { other: (count: number) => `and ${count} more` },
  sourcePay: (region: string) => `Pay (${region})`,
  typicalHours: 'Typical hours',
  advertisedHours: 'Advertised hours',
};
addEnglish(roleCardMessages);
