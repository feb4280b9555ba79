import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { AdvertisedPay, RoleMatch } from '../catalogue/job-posting.js';
import type { Catalogue } from '../catalogue/schema.js';
import type { RoleWidgetElement } from './role-widget-element.js';

/** What an element took from the page's JobPosting, for scripts: `element.jobPostingMatch`. */
export interface JobPostingMatch {
  /** The role chosen, or undefined when the posting fits none. */
  roleId?: string;
  /** Why that role, in words. */
  reason?: string;
  /** What was read: the posting's title, codes, region and pay. */
  title?: string;
  codes: string[];
  region?: string;
  pay?: AdvertisedPay;
  /** What was missing or unreadable. */
  problems: string[];
  /** True for the moment the JobPosting reader's code is on its way. */
  loading?: boolean;
}

type Reader = Pick<typeof import('../catalogue/job-posting.js'), 'findJobPosting' | 'readJobPosting' | 'matchRole'>;

/**
 * The reader's code, loaded the first time an element has `job-posting`: pages without one never
 * pay for it. Once it has run (fetched early by the script-tag loader, or by an element), it is
 * found under a well-known symbol, so no element waits for it again.
 */
const READER = Symbol.for('role-widgets/job-posting-reader');
const loadedReader = () => (globalThis as typeof globalThis & { [READER]?: Reader })[READER];
let readerLoading: Promise<unknown> | undefined;

interface Host extends ReactiveControllerHost, HTMLElement {
  /** The `job-posting` attribute: undefined when absent, '' for the page's only posting, or a script id. */
  jobPosting?: string;
}

/**
 * Reads the page's JobPosting for an element with `job-posting`, and reads it again when JSON-LD
 * arrives or changes later (pages that add it with script after the element). Only the page's own
 * script elements are read; nothing is fetched.
 */
export class JobPostingController implements ReactiveController {
  private observer?: MutationObserver;
  private cache?: { key: string; catalogue: Catalogue; match: JobPostingMatch };

  constructor(
    private readonly host: Host,
    private readonly catalogueOf: () => Catalogue,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.host.jobPosting !== undefined) this.watchJsonLd();
  }

  hostDisconnected() {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * Watches the page for JSON-LD added or changed later. Only elements with `job-posting` watch:
   * a page of 500 cards without it keeps no observers.
   */
  private watchJsonLd() {
    if (this.observer || typeof MutationObserver === 'undefined' || !this.host.isConnected) return;
    this.observer = new MutationObserver((records) => {
      const touchesJsonLd = records.some((record) => {
        const target = record.target instanceof Element ? record.target : record.target.parentElement;
        return target?.closest('script[type="application/ld+json"]') || [...record.addedNodes].some((node) => node instanceof Element && (node.matches('script[type="application/ld+json"]') || node.querySelector('script[type="application/ld+json"]')));
      });
      if (touchesJsonLd) {
        this.cache = undefined;
        this.host.requestUpdate();
      }
    });
    this.observer.observe(this.host.ownerDocument, { childList: true, subtree: true, characterData: true });
  }

  /** The reading for the host's `job-posting`, or undefined when the attribute is absent. */
  get match(): JobPostingMatch | undefined {
    const id = this.host.jobPosting;
    if (id === undefined || id === null || typeof document === 'undefined') return undefined;
    this.watchJsonLd();
    const reader = loadedReader();
    if (!reader) {
      readerLoading ??= import('../catalogue/job-posting.js');
      void readerLoading.then(() => this.host.requestUpdate());
      return { codes: [], problems: [], loading: true };
    }
    const { findJobPosting, matchRole, readJobPosting } = reader;
    const catalogue = this.catalogueOf();
    const key = id.trim();
    if (this.cache && this.cache.key === key && this.cache.catalogue === catalogue) return this.cache.match;
    const { posting, problems } = findJobPosting(this.host.ownerDocument, key);
    let match: JobPostingMatch = { codes: [], problems };
    if (posting) {
      const reading = readJobPosting(posting);
      const chosen: RoleMatch | undefined = matchRole(catalogue, reading);
      match = { ...reading, roleId: chosen?.role.id, reason: chosen?.reason, problems: [...problems, ...reading.problems] };
    }
    this.cache = { key, catalogue, match };
    return match;
  }
}

type ElementClass = abstract new (...args: any[]) => RoleWidgetElement;
type Constructor<T> = abstract new (...args: any[]) => T;

/** What ReadsJobPosting adds, declared apart so the mixin's type can hold a protected member. */
export declare class JobPostingReaderApi {
  jobPosting?: string;
  get jobPostingMatch(): JobPostingMatch | undefined;
  protected renderPostingProblem(posting: JobPostingMatch): TemplateResult;
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

    private readonly postingReader = new JobPostingController(this, () => this.catalogue);

    /** What was taken from the page's JobPosting (role, why, region, pay, problems); undefined without `job-posting`. */
    get jobPostingMatch(): JobPostingMatch | undefined {
      return this.postingReader.match;
    }

    protected override foundRegion(): string | undefined {
      return this.jobPostingMatch?.region;
    }

    /** The visible message when the page's JobPosting names no role the catalogue has: what was read, and why. */
    protected renderPostingProblem(posting: JobPostingMatch): TemplateResult {
      const read = [posting.title ? `the title “${posting.title}”` : '', posting.codes.length ? `occupation ${posting.codes.join(', ')}` : ''].filter(Boolean).join(' and ');
      const why = read ? `The job advert gives ${read}, which matches no role here.` : `The job advert could not be read (${posting.problems.join('; ')}).`;
      this.warn(`job-posting: ${why} ${posting.problems.join('; ')}`);
      return this.renderProblem(html`${why} Set <code>role-id</code> to one of: ${this.catalogue.roles.map((role) => role.id).join(', ')}.`);
    }
  }
  return JobPostingReader as unknown as Constructor<JobPostingReaderApi> & Base;
}
