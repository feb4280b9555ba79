/**
 * English messages every element shares: loading and problem messages, the catalogue's codes in
 * words, pay periods and hours. Each element's own English is in its folder's messages.ts.
 * Text between backticks is shown as code (an attribute name).
 */
import { FAMILY_LABELS, LEVEL_LABELS, STACK_LABELS, TECHNOLOGY_KIND_LABELS, WORKPLACE_LABELS } from '../catalogue/labels.js';
import { addEnglish, type MessageSet } from './localize.js';

const prefixed = (prefix: string, labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([code, words]) => [prefix + code, words]));

/** The shared English messages, under their keys; sites override any of them with registerMessages('en', …). */
export const sharedMessages: MessageSet = {
  ...prefixed('stack.', STACK_LABELS),
  ...prefixed('family.', FAMILY_LABELS),
  ...prefixed('level.', LEVEL_LABELS),
  ...prefixed('workplace.', WORKPLACE_LABELS),
  ...prefixed('kind.', TECHNOLOGY_KIND_LABELS),
  'region.GB': 'United Kingdom',
  'region.US': 'United States',
  'per.year': 'a year',
  'per.month': 'a month',
  'per.week': 'a week',
  'per.day': 'a day',
  'per.hour': 'an hour',
  /** Month names, January first, for engines that have no dates in a language (Chromium has none in Welsh); English never needs them. */
  months: 'January,February,March,April,May,June,July,August,September,October,November,December',
  'loading.role': 'Loading role details…',
  'loading.pay': 'Loading salary figures…',
  'loading.compare': 'Loading roles to compare…',
  'loading.roles': 'Loading roles…',
  noCatalogue: (attribute: string) => `No role catalogue is loaded, so \`${attribute}\` cannot be shown.`,
  noRole: (name: string) => `No role is called "${name}".`,
  noRoleGiven: 'No role was given.',
  /** What readers see where an element's role is not in the catalogue (the details go to the console). */
  roleUnavailable: 'Details of this role are not available.',
  /** What readers see where a job advert's title names no role in the catalogue. */
  noRoleForTitle: 'There is no role profile for this job title.',
  setOneOf: (attribute: string, ids: string) => `Set \`${attribute}\` to one of: ${ids}.`,
  postingNoMatch: (title: string, codes: string) => `The job advert gives the title “${title}” and occupation ${codes}, which matches no role here.`,
  postingNoMatchTitle: (title: string) => `The job advert gives the title “${title}”, which matches no role here.`,
  postingNoMatchCodes: (codes: string) => `The job advert gives occupation ${codes}, which matches no role here.`,
  postingUnreadable: (problems: string) => `The job advert could not be read (${problems}).`,
  /** Before the role's name when the advert's title only comes close to it. */
  closestRole: 'Closest role',
  /** Why the role shown is only the closest one. */
  postingNotCertain: (jobTitle: string) => `The job’s title, “${jobTitle}”, does not say which role it is. This is the closest one.`,
  postingNotCertainUntitled: 'The job advert does not say which role it is. This is the closest one.',
  partOfStack: 'Part of the stack',
  group: 'Group',
  'texts.loading': 'Loading the description of this role…',
  'texts.failed': 'The description of this role could not be loaded. Check your connection, then try again.',
  'texts.retry': 'Try again',
  onCall: 'On-call',
  customerContact: 'Customer contact',
  where: 'Where',
  hoursRange: (range: string) => `${range} hours a week`,
  hoursTypical: (typical: string, advertised: string) => `Typically ${typical}; job adverts say ${advertised}`,
  anEstimate: 'an estimate',
};
addEnglish(sharedMessages);
