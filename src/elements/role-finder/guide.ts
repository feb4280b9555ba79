/**
 * The guided path: a few questions drawn from the distinctions the seed document makes between
 * roles, each answer adding points to the roles it suits. Rules match roles by their catalogue
 * attributes (part of the stack, customer contact, on-call) where they can, so a site's own roles
 * are ranked too; the rest name the bundled roles' ids.
 */
import type { CatalogueIndex as Catalogue, RoleFacts as Role } from '../../catalogue/schema.js';

interface Rule {
  points: number;
  applies: (role: Role) => boolean;
}

export interface GuideOption {
  id: string;
  label: string;
  /** Why a role fits, completing "It fits because …". */
  reason: string;
  rules: Rule[];
}

export interface GuideQuestion {
  id: string;
  text: string;
  options: GuideOption[];
}

const byId =
  (...ids: string[]) =>
  (role: Role) =>
    ids.includes(role.id);
const byStack =
  (...stacks: Role['stack'][]) =>
  (role: Role) =>
    stacks.includes(role.stack);
/** Any of the rules: a role the seed files under "other" may still work on a part of the stack. */
const either =
  (...tests: ((role: Role) => boolean)[]) =>
  (role: Role) =>
    tests.some((test) => test(role));
/** The group a careers page lists the role under: a site's own roles with a family are ranked too. */
const byFamily =
  (...families: NonNullable<Role['family']>[]) =>
  (role: Role) =>
    role.family !== undefined && families.includes(role.family);
/** Roles whose day is mostly not code: design, writing, research and leading people or projects. */
const mostlyNotCode = byFamily('design-writing', 'leading');
const customerContact =
  (...levels: Role['environment']['customerContact'][]) =>
  (role: Role) =>
    levels.includes(role.environment.customerContact);
const onCall =
  (...levels: Role['environment']['onCall'][]) =>
  (role: Role) =>
    levels.includes(role.environment.onCall);

export const GUIDE_QUESTIONS: GuideQuestion[] = [
  {
    id: 'area',
    text: 'Which part of the work draws you most?',
    options: [
      { id: 'systems', label: 'The systems underneath: servers, networks and the cloud', reason: 'you are drawn to the systems underneath', rules: [{ points: 3, applies: byStack('infrastructure') }] },
      { id: 'product', label: 'The apps and websites people use', reason: 'you want to build the product people use', rules: [{ points: 2, applies: either(byStack('back-end', 'front-end', 'full-stack'), byId('product-engineer')) }] },
      { id: 'people', label: 'Helping people use technology', reason: 'you want to help people use technology', rules: [{ points: 3, applies: customerContact('high') }, { points: 1, applies: customerContact('some') }] },
      { id: 'data', label: 'Data: numbers, trends and insight', reason: 'you are drawn to data', rules: [{ points: 3, applies: either(byId('data-analyst', 'data-engineer'), byFamily('data-ai')) }] },
      { id: 'security', label: 'Keeping systems and data safe from attackers', reason: 'you want to keep systems safe', rules: [{ points: 3, applies: byFamily('security') }] },
      { id: 'design', label: 'Design, research and writing: making technology easy to use', reason: 'you want to make technology easy to use', rules: [{ points: 3, applies: byFamily('design-writing') }] },
      { id: 'leading', label: 'Organising people, plans and projects', reason: 'you want to organise people and plans', rules: [{ points: 3, applies: byFamily('leading') }] },
      { id: 'devices', label: 'Games, gadgets and the devices around us', reason: 'you are drawn to games and devices', rules: [{ points: 3, applies: byFamily('hardware-games') }] },
      { id: 'unsure', label: 'Not sure yet', reason: '', rules: [] },
    ],
  },
  {
    id: 'code',
    text: 'How much of your day would you like to spend writing code?',
    options: [
      { id: 'most', label: 'Most of it', reason: 'it is mostly writing code', rules: [{ points: 2, applies: (role) => customerContact('none', 'low')(role) && !byId('qa-test', 'data-analyst', 'security-analyst', 'database-administrator')(role) && !mostlyNotCode(role) }, { points: 1, applies: byId('data-engineer', 'product-engineer') }] },
      { id: 'some', label: 'Some, mixed with other work', reason: 'it mixes code with other work', rules: [{ points: 2, applies: byId('qa-test', 'data-analyst', 'data-scientist', 'security-analyst') }, { points: 1, applies: byId('product-engineer', 'application-support', 'developer-relations', 'solutions-architect', 'cloud-architect', 'database-administrator') }] },
      { id: 'little', label: 'A little: I would rather work with people', reason: 'it involves less coding and more people', rules: [{ points: 3, applies: customerContact('high') }, { points: 1, applies: mostlyNotCode }, { points: -2, applies: (role) => customerContact('none', 'low')(role) && !mostlyNotCode(role) }] },
    ],
  },
  {
    id: 'surface',
    text: 'Do you prefer what people see, or the logic behind it?',
    options: [
      { id: 'visual', label: 'What people see and touch', reason: 'you like the visible side', rules: [{ points: 3, applies: byStack('front-end') }, { points: 2, applies: byId('ux-designer', 'game-developer') }, { points: 1, applies: either(byStack('full-stack'), byId('product-engineer', 'user-researcher')) }] },
      { id: 'logic', label: 'The logic and data behind the scenes', reason: 'you like the logic behind the scenes', rules: [{ points: 3, applies: either(byStack('back-end'), byId('data-engineer')) }, { points: 1, applies: either(byStack('infrastructure', 'full-stack'), byId('product-engineer')) }] },
      { id: 'both', label: 'Both, switching between them', reason: 'you want to work on both sides', rules: [{ points: 3, applies: either(byStack('full-stack'), byId('product-engineer')) }] },
      { id: 'neither', label: 'Neither especially', reason: '', rules: [] },
    ],
  },
  {
    id: 'focus',
    text: 'What matters more to you?',
    options: [
      { id: 'what', label: 'What gets built, and whether it helps people', reason: 'you care about what gets built', rules: [{ points: 3, applies: byId('product-engineer', 'product-manager') }, { points: 1, applies: byId('sales-engineer', 'user-researcher', 'ux-designer', 'business-analyst') }] },
      { id: 'how', label: 'How it is built: getting the details right', reason: 'you care about how things are built', rules: [{ points: 1, applies: byId('back-end', 'infrastructure', 'qa-test', 'data-engineer') }] },
      { id: 'either', label: 'Both equally', reason: '', rules: [] },
    ],
  },
  {
    id: 'satisfies',
    text: 'Which sounds most satisfying?',
    options: [
      { id: 'breaking', label: 'Finding what is broken before anyone else does', reason: 'you enjoy finding faults', rules: [{ points: 4, applies: byId('qa-test') }] },
      { id: 'fixing', label: "Solving someone's problem there and then", reason: 'you like solving problems for people', rules: [{ points: 4, applies: byId('application-support') }, { points: 3, applies: byId('it-support-technician') }, { points: 1, applies: byId('sales-engineer') }] },
      { id: 'ai', label: 'Building new things with AI models', reason: 'you want to build with AI', rules: [{ points: 4, applies: byId('ai-engineer') }, { points: 3, applies: byId('machine-learning-engineer') }] },
      { id: 'insight', label: 'Explaining what the numbers mean', reason: 'you like explaining what data shows', rules: [{ points: 3, applies: byId('data-analyst') }, { points: 2, applies: byId('data-scientist') }, { points: 1, applies: byId('data-engineer') }] },
      { id: 'shipping', label: 'Shipping a feature people use the next day', reason: 'you like shipping features', rules: [{ points: 2, applies: byId('product-engineer', 'front-end', 'full-stack', 'mobile-developer') }] },
      { id: 'defending', label: 'Stopping an attack, or finding the hole before criminals do', reason: 'you want to stop attacks', rules: [{ points: 4, applies: byFamily('security') }] },
      { id: 'designing', label: 'Watching people use something you made easy', reason: 'you like making things easy to use', rules: [{ points: 4, applies: byId('ux-designer', 'user-researcher') }, { points: 2, applies: byId('technical-writer') }] },
      { id: 'explaining', label: 'Explaining something hard so others can use it', reason: 'you like explaining things clearly', rules: [{ points: 4, applies: byId('technical-writer', 'developer-relations') }, { points: 1, applies: byId('business-analyst') }] },
      { id: 'organising', label: 'Getting a team to deliver together', reason: 'you like helping a team deliver', rules: [{ points: 4, applies: byId('delivery-manager', 'engineering-manager') }, { points: 2, applies: byId('product-manager') }] },
      { id: 'making', label: 'Making a game or a device come alive', reason: 'you want to make games or devices', rules: [{ points: 4, applies: byFamily('hardware-games') }] },
    ],
  },
  {
    id: 'oncall',
    text: 'How do you feel about being on call for outages?',
    options: [
      { id: 'fine', label: 'Fine, if it is paid or given back', reason: 'you are happy to be on call', rules: [{ points: 1, applies: onCall('high') }] },
      { id: 'rather-not', label: 'I would rather not', reason: 'it has little or no on-call work', rules: [{ points: -2, applies: onCall('high') }, { points: -1, applies: onCall('some') }] },
      { id: 'no-view', label: 'No strong feeling', reason: '', rules: [] },
    ],
  },
  {
    id: 'employer',
    text: 'Would you rather work for one company, or for many through a consultancy or agency?',
    options: [
      { id: 'one', label: 'One company and its product', reason: '', rules: [] },
      { id: 'many', label: 'Many clients, for variety', reason: 'you want variety across clients', rules: [{ points: 1, applies: byId('sales-engineer') }] },
      { id: 'either', label: 'Either', reason: '', rules: [] },
    ],
  },
];

export type GuideAnswers = Partial<Record<string, string>>;

export interface RankedRole {
  role: Role;
  score: number;
  /** Plain-language reasons, from the answers that gave this role points. */
  reasons: string[];
  /** The answers behind the reasons, as "question.option" ids, for the reasons in another language. */
  because: string[];
}

export function findOption(questionId: string, optionId: string | undefined): GuideOption | undefined {
  return GUIDE_QUESTIONS.find((q) => q.id === questionId)?.options.find((o) => o.id === optionId);
}

/**
 * Scores every role against the answers. Equal scores keep catalogue order, so the same answers
 * always give the same ranking.
 */
export function rankRoles(roles: Role[], answers: GuideAnswers): RankedRole[] {
  const ranked = roles.map((role, index) => {
    let score = 0;
    const reasons: string[] = [];
    const because: string[] = [];
    for (const question of GUIDE_QUESTIONS) {
      const option = findOption(question.id, answers[question.id]);
      if (!option) continue;
      const points = option.rules.filter((rule) => rule.applies(role)).reduce((sum, rule) => sum + rule.points, 0);
      score += points;
      if (points > 0 && option.reason) {
        reasons.push(option.reason);
        because.push(`${question.id}.${option.id}`);
      }
    }
    return { role, score, reasons, because, index };
  });
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  return ranked.map(({ role, score, reasons, because }) => ({ role, score, reasons, because }));
}

/** "It fits because you … and you …". */
/** The way-of-working note for readers who asked for variety, when the catalogue has one. */
export function wayOfWorkingFor(catalogue: Catalogue, answers: GuideAnswers) {
  return answers.employer === 'many' ? catalogue.waysOfWorking?.find((way) => way.id === 'consultancy') : undefined;
}
