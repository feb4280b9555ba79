/**
 * The JobPosting reader: watches the page's JSON-LD for an element with `job-posting` and reads it.
 * A chunk of its own, loaded the first time an element has `job-posting` (or first of all by the
 * script-tag loader on a page that has one): pages without a job advert never pay for it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { findJobPosting, matchRole, readJobPosting, type RoleMatch } from '../catalogue/job-posting.js';
import type { CatalogueIndex as Catalogue } from '../catalogue/schema.js';
import { JOB_POSTING_WATCH, type JobPostingMatch, type JobPostingWatch } from './reads-job-posting.js';

interface Host extends ReactiveControllerHost, HTMLElement {
  /** The `job-posting` attribute: undefined when absent, '' for the page's only posting, or a script id. */
  jobPosting?: string;
}

/**
 * Reads the page's JobPosting for an element with `job-posting`, and reads it again when JSON-LD
 * arrives or changes later (pages that add it with script after the element). Only the page's own
 * script elements are read; nothing is fetched.
 */
class JobPostingController implements ReactiveController {
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

  /** The reading for the host's `job-posting` (ReadsJobPosting asks only while the attribute is there). */
  get match(): JobPostingMatch {
    this.watchJsonLd();
    const catalogue = this.catalogueOf();
    const key = (this.host.jobPosting ?? '').trim();
    if (this.cache && this.cache.key === key && this.cache.catalogue === catalogue) return this.cache.match;
    const { posting, problems } = findJobPosting(this.host.ownerDocument, key);
    let match: JobPostingMatch = { codes: [], problems };
    if (posting) {
      const reading = readJobPosting(posting);
      const chosen: RoleMatch | undefined = matchRole(catalogue, reading);
      match = { ...reading, roleId: chosen?.role.id, strength: chosen?.strength, score: chosen?.score, reason: chosen?.reason, problems: [...problems, ...reading.problems] };
    }
    this.cache = { key, catalogue, match };
    return match;
  }
}

const watch: JobPostingWatch = (host, catalogueOf) => new JobPostingController(host, catalogueOf);
// Found under a well-known symbol, so a second copy of the library on the page uses it too.
(globalThis as typeof globalThis & { [JOB_POSTING_WATCH]?: JobPostingWatch })[JOB_POSTING_WATCH] = watch;
