import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdvertisedPay, PayUnit } from '../catalogue/job-posting.js';
import type { ListingEntry } from '../catalogue/schema.js';
import type { RoleWidgetElement } from './role-widget-element.js';

/**
 * What an element took from its job advert, for scripts: `element.jobMatch`. The advert is the
 * element's own `job-title` (and `occupation-code`, `job-skills`), the page's schema.org
 * JobPosting (`job-posting`), or both, the element's own attributes winning.
 */
export interface JobPostingMatch {
  /** The role chosen, or undefined when the advert fits none. */
  roleId?: string;
  /**
   * How sure: `strong` when a code or the title names the role, `weak` when it is only the closest
   * role (a bare "Software Engineer"); elements then say "closest role", never a certainty.
   */
  strength?: 'strong' | 'weak';
  /** How sure, from 0 to 1. */
  score?: number;
  /** What decided it, in words: "occupation code 2136", "the title's “Java”", "skills: React, CSS". */
  reason?: string;
  /** What was read: the advert's title, codes, skills, region and pay. */
  title?: string;
  codes: string[];
  skills?: string[];
  region?: string;
  pay?: AdvertisedPay;
  /** What was missing or unreadable. */
  problems: string[];
  /** True while the reader's code or the roles to match against are on their way. */
  loading?: boolean;
}

/** The attributes an element reads its advert from, as the reader chunk needs them. */
export interface AdvertHost extends ReactiveControllerHost, HTMLElement {
  jobPosting?: string;
  jobTitle?: string;
  jobSkills?: string;
  occupationCode?: string;
}

/** Starts watching an element's advert; the reader chunk provides it. */
export type JobPostingWatch = (host: AdvertHost, rolesOf: () => readonly ListingEntry[]) => { readonly match: JobPostingMatch };

/**
 * The reader's code (job-posting-reader.ts, with the job-title matcher) is loaded the first time an
 * element has `job-posting` or `job-title`, once for the whole page. Once it has run, it is found
 * under a well-known symbol, so no element waits for it again.
 */
export const JOB_POSTING_WATCH = Symbol.for('role-widgets/job-posting-watch');
const loadedWatch = () => (globalThis as typeof globalThis & { [JOB_POSTING_WATCH]?: JobPostingWatch })[JOB_POSTING_WATCH];
let readerLoading: Promise<unknown> | undefined;

/** The pay units an advert states its pay in (`pay-unit`). */
export type AdvertPayUnit = 'year' | 'month' | 'week' | 'day' | 'hour';
export const PAY_UNITS: readonly AdvertPayUnit[] = ['year', 'month', 'week', 'day', 'hour'];
export const payUnitOf = (unit: AdvertPayUnit): PayUnit => unit.toUpperCase() as PayUnit;

/**
 * Job titles that found no role, said in one console warning for the whole page however many
 * adverts it lists: a results page of 22 adverts gets one line, not 22.
 */
const unmatchedTitles = new Set<string>();
const pendingTitles: string[] = [];
function reportUnmatched(title: string) {
  if (unmatchedTitles.has(title)) return;
  unmatchedTitles.add(title);
  pendingTitles.push(title);
  if (pendingTitles.length > 1) return;
  // After the elements of this burst have rendered, so that one warning lists them all.
  setTimeout(() => {
    const titles = pendingTitles.splice(0);
    console.warn(`role-widgets: ${titles.length === 1 ? 'this job title finds' : `these ${titles.length} job titles find`} no role in the catalogue, so no typical pay range is shown for them: ${titles.map((t) => `“${t}”`).join(', ')}. Set role-id on an element to choose its role.`);
  });
}

type ElementClass = abstract new (...args: any[]) => RoleWidgetElement;
type Constructor<T> = abstract new (...args: any[]) => T;

/** What ReadsJobPosting adds, declared apart so the mixin's type can hold protected members. */
export declare class JobPostingReaderApi {
  jobPosting?: string;
  jobTitle?: string;
  jobSkills?: string;
  occupationCode?: string;
  payUnit?: 'year' | 'month' | 'week' | 'day' | 'hour';
  get jobMatch(): JobPostingMatch | undefined;
  get jobPostingMatch(): JobPostingMatch | undefined;
  protected get readsAdvert(): boolean;
  protected renderPostingProblem(posting: JobPostingMatch, readerMessage?: string): TemplateResult;
  protected closestRoleNote(roleId?: string): string | undefined;
}

/**
 * Gives an element a job advert to read its role, region and pay from: its own `job-title` (a
 * results list, where adverts carry no JSON-LD) or the page's schema.org JobPosting
 * (`job-posting`, an advert's own page).
 *
 * Which wins: `role-id` names the role outright; otherwise the element's own `job-title`,
 * `occupation-code` and `job-skills` win over the JobPosting's title, codes and skills, and
 * `value` over its pay. Titles are matched by `matchJobTitle`, the one matcher the command line
 * uses too.
 */
export function ReadsJobPosting<Base extends ElementClass>(base: Base) {
  abstract class JobPostingReader extends base {
    /**
     * Read the role, the region and the advertised pay from the page's schema.org JobPosting
     * (JSON-LD): empty for the only one on the page, or the id of its script element. An explicit
     * `role-id`, `region` or `value` still wins.
     */
    @property({ attribute: 'job-posting' }) jobPosting?: string;

    /**
     * The job advert's title as the board shows it ("Senior PHP Developer (Laravel) - Hybrid"):
     * the role is the one it names, or where it names none, only the advertised pay is shown.
     */
    @property({ attribute: 'job-title' }) jobTitle?: string;

    /** With `job-title`: the advert's skills, separated by commas, which help tell close roles apart. */
    @property({ attribute: 'job-skills' }) jobSkills?: string;

    /** With `job-title`: the advert's occupation code (UK SOC such as 2134, O*NET-SOC, ISCO or ESCO), which decides first. */
    @property({ attribute: 'occupation-code' }) occupationCode?: string;

    /**
     * The unit the advertised pay in `value` and `value-max` is stated in: `year`, `month`, `week`,
     * `day` or `hour`. It is converted to the band's `period` with the role's hours. Without it,
     * `value` is taken as already in the band's `period`.
     */
    // The union written out, not the alias: editors' tools read the values from the manifest's type text.
    @property({ attribute: 'pay-unit' }) payUnit?: 'year' | 'month' | 'week' | 'day' | 'hour';

    /** Created once the element has an advert and the reader has loaded: elements without one keep no watcher. */
    private postingReader?: { readonly match: JobPostingMatch };

    /** True when the element reads a job advert (`job-title` or `job-posting`) rather than only a `role-id`. */
    protected get readsAdvert(): boolean {
      return (this.jobPosting !== undefined && this.jobPosting !== null) || Boolean(this.jobTitle?.trim());
    }

    /**
     * What was taken from the job advert (role, strength, why, region, pay, problems); undefined
     * without `job-title` or `job-posting`.
     */
    get jobMatch(): JobPostingMatch | undefined {
      if (!this.readsAdvert || typeof document === 'undefined') return undefined;
      const watch = loadedWatch();
      if (!watch) {
        readerLoading ??= import('./job-posting-reader.js');
        void readerLoading.then(() => this.requestUpdate());
        return { codes: [], problems: [], loading: true };
      }
      // A title is matched against every role: with a catalogue in pieces, once its listing is here.
      const roles = this.listing;
      if (!roles) return this.listingFailed ? { codes: [], problems: ['the roles to match against could not be loaded'] } : { codes: [], problems: [], loading: true };
      this.postingReader ??= watch(this, () => this.listing ?? []);
      const match = this.postingReader.match;
      if (!match.roleId && match.title && !this.roleId) reportUnmatched(match.title);
      return match;
    }

    /** The same as `jobMatch`: its name from when only a JobPosting was read. */
    get jobPostingMatch(): JobPostingMatch | undefined {
      return this.jobMatch;
    }

    protected override foundRegion(): string | undefined {
      return this.jobMatch?.region;
    }

    /** An id-like role key the element names itself, if any (see each element's `role-id`). */
    declare roleId?: string;

    /**
     * The sentence shown when the role came from the advert and is only the closest one (a weak
     * match); undefined when `role-id` is set or the match is sure.
     */
    protected closestRoleNote(roleId?: string): string | undefined {
      const posting = roleId ? undefined : this.jobMatch;
      if (!posting?.roleId || posting.strength !== 'weak') return undefined;
      return posting.title ? this.localize.term('postingNotCertain', posting.title) : this.localize.term('postingNotCertainUntitled');
    }

    /**
     * The message when the advert names no role the catalogue has: plain words for readers; what
     * was read, and why it found nothing, for the console and an editor's preview.
     */
    protected renderPostingProblem(posting: JobPostingMatch, readerMessage = 'noRoleForTitle'): TemplateResult {
      const codes = posting.codes.join(', ');
      const { title } = posting;
      const term = this.localize.term;
      const why = title && codes ? term('postingNoMatch', title, codes) : title ? term('postingNoMatchTitle', title) : codes ? term('postingNoMatchCodes', codes) : term('postingUnreadable', posting.problems.join('; '));
      if (!title) this.warn(`job advert: ${why} ${posting.problems.join('; ')}`);
      return this.renderProblem(term(readerMessage), `${why} ${term('setOneOf', 'role-id', (this.listing ?? []).map((role) => role.id).join(', '))}`);
    }
  }
  return JobPostingReader as unknown as Constructor<JobPostingReaderApi> & Base;
}
