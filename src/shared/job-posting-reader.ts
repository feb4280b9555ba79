/**
 * The job advert reader: reads an element's advert from its own `job-title` (and codes, skills)
 * and from the page's JSON-LD JobPosting for `job-posting`, watching the JSON-LD for changes, and
 * matches the title with the job-title matcher. A chunk of its own, loaded the first time an element
 * reads an advert (or first of all by the script-tag loader on a page with one): pages without job
 * adverts never pay for it, and a page of 22 adverts loads it once.
 */
import type { ReactiveController } from 'lit';
import { findJobPosting, readJobPosting } from '../catalogue/job-posting.js';
import { matchJobTitle, type TitleMatch } from '../catalogue/match-title.js';
import type { ListingEntry } from '../catalogue/schema.js';
import { JOB_POSTING_WATCH, type AdvertHost as Host, type JobPostingMatch, type JobPostingWatch } from './reads-job-posting.js';

type Roles = readonly ListingEntry[];

/**
 * Matches already made, per set of roles: a results page repeats titles ("Software Engineer" ten
 * times), and every band re-renders when a piece of the catalogue arrives.
 */
const matches = new WeakMap<Roles, Map<string, TitleMatch | undefined>>();
function matchOnce(roles: Roles, title: string | undefined, codes: string[], skills: string[] | undefined): TitleMatch | undefined {
  let known = matches.get(roles);
  if (!known) matches.set(roles, (known = new Map()));
  const key = JSON.stringify([title, codes, skills]);
  if (!known.has(key)) known.set(key, matchJobTitle({ roles }, title, { codes, skills }));
  return known.get(key);
}

const listOf = (text: string | undefined) => (text ?? '').split(/[,;\n]/).map((item) => item.trim()).filter(Boolean);

/**
 * Reads the page's JobPosting for an element with `job-posting`, and reads it again when JSON-LD
 * arrives or changes later (pages that add it with script after the element). Only the page's own
 * script elements are read; nothing is fetched.
 */
class JobPostingController implements ReactiveController {
  private observer?: MutationObserver;
  private cache?: { key: string; roles: Roles; match: JobPostingMatch };

  constructor(
    private readonly host: Host,
    private readonly rolesOf: () => Roles,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.host.jobPosting !== undefined && this.host.jobPosting !== null) this.watchJsonLd();
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

  /**
   * The reading of the host's advert (ReadsJobPosting asks only while it has one): the JobPosting's,
   * with the host's own title, codes and skills in place of the posting's where it gives them.
   */
  get match(): JobPostingMatch {
    const { jobPosting, jobTitle, occupationCode, jobSkills } = this.host;
    const readsPosting = jobPosting !== undefined && jobPosting !== null;
    if (readsPosting) this.watchJsonLd();
    const roles = this.rolesOf();
    const key = JSON.stringify([readsPosting ? jobPosting.trim() : null, jobTitle, occupationCode, jobSkills]);
    if (this.cache && this.cache.key === key && this.cache.roles === roles) return this.cache.match;
    let reading: Omit<JobPostingMatch, 'roleId'> = { codes: [], problems: [] };
    if (readsPosting) {
      const { posting, problems } = findJobPosting(this.host.ownerDocument, jobPosting.trim());
      reading = posting ? (({ problems: own, ...read }) => ({ ...read, problems: [...problems, ...own] }))(readJobPosting(posting)) : { codes: [], problems };
    }
    const title = jobTitle?.trim() || reading.title;
    const codes = occupationCode?.trim() ? listOf(occupationCode) : reading.codes;
    const skills = jobSkills?.trim() ? listOf(jobSkills) : reading.skills;
    const chosen = title || codes.length ? matchOnce(roles, title, codes, skills) : undefined;
    const match: JobPostingMatch = { ...reading, title, codes, ...(skills && { skills }), roleId: chosen?.roleId, strength: chosen?.strength, score: chosen?.score, reason: chosen?.reason };
    this.cache = { key, roles, match };
    return match;
  }
}

const watch: JobPostingWatch = (host, rolesOf) => new JobPostingController(host, rolesOf);
// Found under a well-known symbol, so a second copy of the library on the page uses it too.
(globalThis as typeof globalThis & { [JOB_POSTING_WATCH]?: JobPostingWatch })[JOB_POSTING_WATCH] = watch;
