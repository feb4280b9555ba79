/** The comparison's English: row titles, controls and messages. Other languages give the same keys. */
import { addEnglish, type MessageSet } from '../../i18n/localize.js';

export const roleCompareMessages: MessageSet = {
  'row.stack': 'Area of work',
  'row.summary': 'What the job is',
  'row.technologies': 'Technologies',
  'row.hours': 'Hours a week',
  'row.environment': 'Working environment',
  'row.duties': 'Day-to-day duties',
  'row.requirements': 'What you will need',
  'row.prospects': 'Career prospects',
  'row.questions': 'Questions to ask at interview',
  payIn: (region: string) => `Pay, ${region}`,
  differencesOnly: 'Show only differences',
  addRole: 'Add a role',
  rowsHidden: {
    one: '1 row that is the same for every role is hidden.',
    other: (count: number) => `${count} rows that are the same for every role are hidden.`,
  },
  rolesMissing: {
    one: 'One of the roles chosen for this comparison is not available.',
    other: (count: number) => `${count} of the roles chosen for this comparison are not available.`,
  },
  tooManyReader: (max: number) => `Up to ${max} roles can be compared at once.`,
  notRoles: {
    one: (_count: number, names: string, ids: string) => `Not shown: ${names} is not a role. Valid ids: ${ids}.`,
    other: (_count: number, names: string, ids: string) => `Not shown: ${names} are not roles. Valid ids: ${ids}.`,
  },
  tooMany: {
    one: (_count: number, max: number, names: string) => `Up to ${max} roles can be compared; ${names} is not shown.`,
    other: (_count: number, max: number, names: string) => `Up to ${max} roles can be compared; ${names} are not shown.`,
  },
  pickRole: (index: number, count: number) => `Role ${index} of ${count}`,
  remove: (title: string) => `Remove ${title}`,
  comparison: (titles: string) => `Comparison of ${titles}`,
  sameForAll: 'same for all',
  sharedByAll: 'shared by all roles compared',
};
addEnglish(roleCompareMessages);
