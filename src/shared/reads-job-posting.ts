import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdvertisedPay } from '../catalogue/job-posting.js';
import type { CatalogueIndex as Catalogue } from '../catalogue/schema.js';
import type { RoleWidgetElement } from './role-widget-element.js';

/** What an element took from the page's JobPosting, for scripts: `element.jobPostingMatch`. */
export interface JobPostingMatch {
  /** The role chosen, or undefined when the posting fits none. */
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
  /** What was read: the posting's title, codes, skills, region and pay. */
  title?: string;
  codes: string[];
  skills?: string[];
  region?: string;
  pay?: AdvertisedPay;
  /** What was missing or unreadable. */
  problems: string[];
  /** True for the moment the JobPosting reader's code is on its way. */
  loading?: boolean;
}

/** Starts watching the page's JobPosting for a host; the reader chunk provides it. */
export type JobPostingWatch = (host: ReactiveControllerHost & HTMLElement & { jobPosting?: string }, catalogueOf: () => Catalogue) => { readonly match: JobPostingMatch };

/**
 * The reader's code (job-posting-reader.ts) is loaded the first time an element has
 * `job-posting`. Once it has run, it is found under a well-known symbol, so no element waits for
 * it again.
 */
export const JOB_POSTING_WATCH = Symbol.for('role-widgets/job-posting-watch');
const loadedWatch = () => (globalThis as typeof globalThis & { [JOB_POSTING_WATCH]?: JobPostingWatch })[JOB_POSTING_WATCH];
let readerLoading: Promise<unknown> | undefined;

type ElementClass = abstract new (...args: any[]) => RoleWidgetElement;
type Constructor<T> = abstract new (...args: any[]) => T;

/** What ReadsJobPosting adds, declared apart so the mixin's type can hold a protected member. */
export declare class JobPostingReaderApi {
  jobPosting?: string;
  get jobPostingMatch(): JobPostingMatch | undefined;
  protected renderPostingProblem(posting: JobPostingMatch): TemplateResult;
  protected closestRoleNote(roleId?: string): string | undefined;
}

/**
 * Gives an element the `job-posting` attribute: the role, the region and the advertised pay come
 * from the page's schema.org JobPosting, unless the element's own attributes say otherwise.
 */
export function ReadsJobPosting<Base extends ElementClass>(base: Base) {
  abstract class JobPostingReader extends base {
    /**
     * Read the role, the region and the advertised pay from the page's schema.org JobPosting
     * (JSON-LD): empty for the only one on the page, or the id of its script element. An explicit
     * `role-id`, `region` or `value` still wins.
     */
    @property({ attribute: 'job-posting' }) jobPosting?: string;

    /** Created once the element has `job-posting` and the reader has loaded: elements without it keep no watcher. */
    private postingReader?: { readonly match: JobPostingMatch };

    /** What was taken from the page's JobPosting (role, why, region, pay, problems); undefined without `job-posting`. */
    get jobPostingMatch(): JobPostingMatch | undefined {
      if (this.jobPosting === undefined || this.jobPosting === null || typeof document === 'undefined') return undefined;
      const watch = loadedWatch();
      if (!watch) {
        readerLoading ??= import('./job-posting-reader.js');
        void readerLoading.then(() => this.requestUpdate());
        return { codes: [], problems: [], loading: true };
      }
      // A title is matched against every role: with a catalogue in pieces, once its index is here.
      if (this.wholeCatalogueOnItsWay) return { codes: [], problems: [], loading: true };
      this.postingReader ??= watch(this, () => this.catalogue);
      return this.postingReader.match;
    }

    protected override foundRegion(): string | undefined {
      return this.jobPostingMatch?.region;
    }

    /**
     * The sentence shown when the role came from the page's JobPosting and is only the closest
     * one (a weak match); undefined when `role-id` is set or the match is sure.
     */
    protected closestRoleNote(roleId?: string): string | undefined {
      const posting = roleId ? undefined : this.jobPostingMatch;
      if (!posting?.roleId || posting.strength !== 'weak') return undefined;
      return posting.title ? this.localize.term('postingNotCertain', posting.title) : this.localize.term('postingNotCertainUntitled');
    }

    /** The visible message when the page's JobPosting names no role the catalogue has: what was read, and why. */
    protected renderPostingProblem(posting: JobPostingMatch): TemplateResult {
      const codes = posting.codes.join(', ');
      const { title } = posting;
      const term = this.localize.term;
      const why = title && codes ? term('postingNoMatch', title, codes) : title ? term('postingNoMatchTitle', title) : codes ? term('postingNoMatchCodes', codes) : term('postingUnreadable', posting.problems.join('; '));
      this.warn(`job-posting: ${why} ${posting.problems.join('; ')}`);
      return this.renderProblem(`${why} ${this.localize.term('setOneOf', 'role-id', this.catalogue.roles.map((role) => role.id).join(', '))}`);
    }
  }
  return JobPostingReader as unknown as Constructor<JobPostingReaderApi> & Base;
}
