/**
 * The finder's English: filters, the guided questions (their English is GUIDE_QUESTIONS itself),
 * results and comparison. Other languages give the same keys.
 */
import { addEnglish, type MessageSet } from '../../i18n/localize.js';
import { GUIDE_QUESTIONS } from './guide.js';

export const roleFinderMessages: MessageSet = {
  findRole: 'Find a role',
  search: 'Search by job title or technology',
  searchHint: 'e.g. DevOps, Python, tester',
  any: 'Any',
  familyFilter: 'Group of roles',
  allFamilies: 'All groups',
  payFloor: 'Pay can reach at least',
  anyPay: 'Any pay',
  floor: (amount: string) => `${amount} a year`,
  customers: 'Working with customers',
  either: 'Either',
  customersYes: 'Yes, customer-facing',
  customersNo: 'No, mostly internal',
  onCallDuty: 'On-call duty',
  noPreference: 'No preference',
  littleOrNone: 'Little or none',
  techKnown: 'Technologies I know',
  techChosen: { other: (count: number) => `Technologies I know (${count} chosen)` },
  techLegend: 'Show roles that use every technology ticked',
  techSearch: 'Find a technology',
  techHint: 'Ways of working, such as Scrum or interviews, are not listed here: search for them in the box at the top.',
  noTechnology: (text: string) => `No technology in this list matches “${text}”.`,
  'kindGroup.language': 'Languages',
  'kindGroup.framework': 'Frameworks',
  'kindGroup.library': 'Libraries',
  'kindGroup.database': 'Databases',
  'kindGroup.cloud': 'Cloud',
  'kindGroup.infrastructure': 'Infrastructure as code',
  'kindGroup.tool': 'Tools',
  'kindGroup.platform': 'Platforms',
  clearFilters: { one: 'Clear the filter', other: (count: number) => `Clear all ${count} filters` },
  helpMeChoose: 'Help me choose',
  guideIntro: (count: number) => `Not sure where to start? Answer ${count} short questions and the roles are ranked by how well they fit you, with the reasons.`,
  startQuestions: 'Start the questions',
  progress: (step: number, count: number) => `Question ${step} of ${count}`,
  back: 'Back',
  stopQuestions: 'Stop the questions',
  next: 'Next',
  skip: 'Skip',
  seeResults: 'See my results',
  rankedNote: 'Results below are ranked by your answers.',
  skipped: 'Skipped',
  change: 'Change',
  changeAnswer: (question: string) => ` your answer to: ${question}`,
  clearAnswers: 'Clear my answers',
  roles: 'Roles',
  matches: { one: '1 role matches.', other: (count: number) => `${count} roles match.` },
  matchesRanked: { one: '1 role matches, best fit first.', other: (count: number) => `${count} roles match, best fit first.` },
  noMatches: 'No roles match.',
  firstShown: (shown: number) => `The first ${shown} are shown.`,
  shownOf: (shown: number, count: number) => `${shown} of ${count} roles shown.`,
  endOfResults: 'End of the results.',
  showMore: { one: 'Show 1 more role', other: (count: number) => `Show ${count} more roles` },
  skipResults: 'Skip past the results',
  noMatchTry: 'No role matches all of these filters. Try removing one:',
  noMatchSearch: (text: string) => `No role matches “${text}”. Check the spelling, or try one word or a technology.`,
  noMatchBoth: (text: string) => `No role matches “${text}” together with your filters.`,
  clearSearch: 'Clear the search',
  clearOtherFilters: 'Clear the filters',
  clearAll: 'Clear all filters',
  nearest: 'The roles nearest to what you are looking for:',
  goodFit: 'Good fit',
  fitsBecause: (reasons: string) => `It fits because ${reasons}.`,
  /** A list of reasons, built from its end: "a, b and c" is reasonsMore(a, reasonsAnd(b, c)). */
  reasonsAnd: (first: string, last: string) => `${first} and ${last}`,
  reasonsMore: (first: string, rest: string) => `${first}, ${rest}`,
  compareRole: (title: string) => `Compare ${title}`,
  comparing: { one: 'Comparing 1 role', other: (count: number) => `Comparing ${count} roles` },
  tickOneMore: 'Tick one more role to compare them side by side.',
  compareNow: 'Compare now',
  compareAdded: (title: string, count: number, max: number) => `${title} added to the comparison (${count} of ${max}).`,
  compareRemoved: (title: string) => `${title} removed from the comparison.`,
  compareLimit: (max: number) => `Up to ${max} roles can be compared.`,
};
// The questions, answers and reasons: "q.area", "q.area.systems", "why.area.systems".
for (const question of GUIDE_QUESTIONS) {
  roleFinderMessages[`q.${question.id}`] = question.text;
  for (const option of question.options) {
    roleFinderMessages[`q.${question.id}.${option.id}`] = option.label;
    roleFinderMessages[`why.${question.id}.${option.id}`] = option.reason;
  }
}
addEnglish(roleFinderMessages);
