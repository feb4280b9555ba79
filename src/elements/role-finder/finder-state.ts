import type { RoleFamily, StackPart } from '../../catalogue/schema.js';
import { ROLE_FAMILIES, STACK_PARTS } from '../../catalogue/vocabulary.js';
import { GUIDE_QUESTIONS, findOption, type GuideAnswers } from './guide.js';

/** Everything a reader has chosen in a `<role-finder>`: what a shared link restores. */
export interface FinderState {
  text: string;
  stack: StackPart | '';
  family: RoleFamily | '';
  technologies: string[];
  /** Lowest acceptable top of the pay band, in the region's currency; 0 for any. */
  salaryFloor: number;
  customer: '' | 'yes' | 'no';
  onCall: '' | 'ok' | 'avoid';
  answers: GuideAnswers;
  /** -1 before the questions start, 0… for a question, the number of questions when done. */
  step: number;
  compare: string[];
}

export const EMPTY_STATE: FinderState = {
  text: '',
  stack: '',
  family: '',
  technologies: [],
  salaryFloor: 0,
  customer: '',
  onCall: '',
  answers: {},
  step: -1,
  compare: [],
};

const PREFIX = 'rf-';
const list = (value: string | null) => (value ? value.split(',').map((item) => item.trim()).filter(Boolean) : []);

/** Writes the state as hash parameters, keeping any parameters that belong to someone else. */
export function stateToHash(state: FinderState, currentHash: string): string {
  const params = new URLSearchParams(currentHash.replace(/^#/, ''));
  for (const key of [...params.keys()]) if (key.startsWith(PREFIX)) params.delete(key);
  const set = (key: string, value: string) => value && params.set(PREFIX + key, value);
  set('q', state.text.trim());
  set('stack', state.stack);
  set('family', state.family);
  set('tech', state.technologies.join(','));
  set('floor', state.salaryFloor ? String(state.salaryFloor) : '');
  set('customer', state.customer);
  set('oncall', state.onCall);
  set('answers', Object.entries(state.answers).map(([question, option]) => `${question}:${option}`).join(','));
  set('step', state.step >= 0 ? String(state.step) : '');
  set('compare', state.compare.join(','));
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Reads state from a hash, ignoring values that are not valid rather than failing. */
export function stateFromHash(hash: string): FinderState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const get = (key: string) => params.get(PREFIX + key);
  const stack = get('stack') ?? '';
  const family = get('family') ?? '';
  const floor = Number(get('floor'));
  const customer = get('customer');
  const onCall = get('oncall');
  const answers: GuideAnswers = {};
  for (const pair of list(get('answers'))) {
    const [question, option] = pair.split(':');
    if (findOption(question, option)) answers[question] = option;
  }
  const step = Number(get('step') ?? -1);
  return {
    text: get('q') ?? '',
    stack: (STACK_PARTS as readonly string[]).includes(stack) ? (stack as StackPart) : '',
    family: (ROLE_FAMILIES as readonly string[]).includes(family) ? (family as RoleFamily) : '',
    technologies: list(get('tech')),
    salaryFloor: Number.isFinite(floor) && floor > 0 ? floor : 0,
    customer: customer === 'yes' || customer === 'no' ? customer : '',
    onCall: onCall === 'ok' || onCall === 'avoid' ? onCall : '',
    answers,
    step: Number.isInteger(step) && step >= -1 && step <= GUIDE_QUESTIONS.length ? step : -1,
    compare: list(get('compare')),
  };
}
