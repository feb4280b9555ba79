import type { CatalogueState, CataloguePieces } from './context.js';
import { normalizeRoleKey } from './lookup.js';
import type { CatalogueIndex, ListingEntry, RoleFacts, RoleListEntry, RoleTexts } from './schema.js';
import { primaryLanguage, type RoleTextsState } from './texts.js';

/** Where a split catalogue's files are, and what it holds. */
export interface SplitCatalogueLayout {
  /**
   * URL of the index (every role's facts), or undefined when the catalogue's index is already in
   * hand (a site's `<role-catalogue src>` that fetched it).
   */
  index?: string;
  /** URL of every role's id, titles and group, for a list to choose from. */
  list?: string;
  /** URL of what a list of job adverts needs of every role (see `ListingEntry`). */
  listing?: string;
  /** URL of one role's facts, for a page that shows only some roles: `{id}` is replaced. */
  role?: string;
  /** URL of one role's texts in one language: every `{id}` and `{lang}` is replaced. */
  texts: string;
  /** Ids of every role, so a role can be asked for by id without the index. */
  ids?: readonly string[];
  /** Languages the texts are written in; others are shown in English. */
  languages: readonly string[];
}

/** A piece that has not answered in this long is reported as failed, with a way to try again. */
export const PIECE_TIMEOUT_MS = 15_000;

type Piece<T> = { status: 'loading'; promise: Promise<void> } | { status: 'ready'; value: T } | { status: 'error'; problem: string };

const warned = new Set<string>();
function warnOnce(message: string) {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`role-widgets: ${message}`);
}

/** `retry`: past any cache, since a browser or proxy may have kept the failed answer. */
async function fetchJson<T>(url: string, retry = false): Promise<T> {
  const response = await fetch(url, { signal: AbortSignal.timeout(PIECE_TIMEOUT_MS), credentials: 'same-origin', ...(retry && { cache: 'reload' as const }) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  return (await response.json()) as T;
}

const isText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown) => Array.isArray(value) && value.every(isText);

/**
 * A texts piece has the shape elements render, checked here without the validator (which the
 * script-tag path does not carry): a site's file with a missing list must show the failed-piece
 * message, not break the card.
 */
function isRoleTexts(value: unknown): value is RoleTexts {
  const texts = value as RoleTexts | null;
  return (
    typeof texts === 'object' && texts !== null &&
    [texts.title, texts.summary, texts.environment?.summary, texts.requirements?.qualifications, texts.prospects].every(isText) &&
    [texts.duties, texts.requirements?.skills, texts.requirements?.routesIn, texts.interviewQuestions].every(isTextList)
  );
}

const describe = (error: unknown) => (error instanceof DOMException && error.name === 'TimeoutError' ? 'it took too long to arrive' : error instanceof Error ? error.message : String(error));

/**
 * A catalogue kept as pieces: the index of every role's facts, each role's facts on its own, and
 * each role's texts per language, each fetched the first time an element asks for it and shared by
 * every element after. Elements never call this directly: they read the `CatalogueState` it
 * publishes (through the catalogue context), whose `pieces` asks for what is missing.
 */
export class SplitCatalogue implements CataloguePieces {
  private readonly factPieces = new Map<string, Piece<RoleFacts>>();
  private readonly textPieces = new Map<string, Piece<RoleTexts>>();
  private indexPiece?: Piece<CatalogueIndex>;
  private listPiece?: Piece<RoleListEntry[]>;
  private listingPiece?: Piece<ListingEntry[]>;
  private scheduled = false;
  private readonly listeners = new Set<(state: CatalogueState) => void>();

  constructor(
    private readonly layout: SplitCatalogueLayout,
    publish: (state: CatalogueState) => void,
    index?: CatalogueIndex,
  ) {
    this.listeners.add(publish);
    if (index) this.indexPiece = { status: 'ready', value: index };
  }

  get languages(): readonly string[] {
    return this.layout.languages;
  }

  /** The state elements read now: the roles in hand, and whether more are on their way. */
  get state(): CatalogueState {
    const index = this.indexPiece?.status === 'ready' ? this.indexPiece.value : undefined;
    const loading = [this.indexPiece, this.listPiece, this.listingPiece, ...this.factPieces.values()].some((piece) => piece?.status === 'loading');
    const facts = [...this.factPieces.values()].flatMap((piece) => (piece.status === 'ready' ? [piece.value] : []));
    const list = index?.roles ?? (this.listPiece?.status === 'ready' ? this.listPiece.value : undefined);
    const listing = index?.roles ?? (this.listingPiece?.status === 'ready' ? this.listingPiece.value : undefined);
    const problems = this.indexPiece?.status === 'error' ? [this.indexPiece.problem] : [];
    const listingFailed = !listing && this.listingPiece?.status === 'error' && this.indexPiece?.status !== 'loading';
    return {
      catalogue: index ?? { version: 1, updated: '', roles: facts },
      status: loading ? 'loading' : problems.length ? 'error' : 'ready',
      problems,
      complete: Boolean(index),
      pieces: this,
      ...(list && { list }),
      ...(listing && { listing }),
      ...(listingFailed && { listingFailed }),
    };
  }

  /** Many pieces arriving together (a compare of three roles) make one new state, not three. */
  private changed() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      const state = this.state;
      for (const listener of this.listeners) listener(state);
    });
  }

  /** Tells `listener` each new state (a `<role-catalogue>` that extends this catalogue re-provides it); returns how to stop. */
  subscribe(listener: (state: CatalogueState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Fetches one piece and hands `record` what became of it: the piece, or why it failed, said once
   * in the console by `warning`. `shape` is checked before the outcome is recorded, so a file of
   * the wrong shape is a failed piece. One new state follows when it settles. Returns the piece
   * while it is loading.
   */
  private fetchPiece<T>(
    url: string,
    record: (piece: Piece<T>) => void,
    warning: (problem: string) => string,
    options: { shape?: { test: (value: unknown) => value is T; holds: string }; retry?: boolean } = {},
  ): Piece<T> {
    const { shape } = options;
    const promise = fetchJson<unknown>(url, options.retry)
      .then((value) => {
        if (shape && !shape.test(value)) throw new Error(`${url} does not hold ${shape.holds}`);
        return value as T;
      })
      .then(
        (value) => record({ status: 'ready', value }),
        (error) => {
          const problem = describe(error);
          warnOnce(warning(problem));
          record({ status: 'error', problem });
        },
      )
      .then(() => this.changed());
    return { status: 'loading', promise };
  }

  /** Every role's facts: resolves once the index has arrived, or with the roles in hand if it failed. */
  async loadIndex(): Promise<CatalogueIndex> {
    this.requestIndex();
    if (this.indexPiece?.status === 'loading') await this.indexPiece.promise;
    return this.state.catalogue;
  }

  requestIndex(): void {
    // A failed index is not fetched again on the next render (that would loop); its problem is shown.
    if (this.indexPiece || !this.layout.index) return;
    const url = this.layout.index;
    const warning = (problem: string) => `the role catalogue could not be loaded from ${url} (${problem})`;
    this.indexPiece = this.fetchPiece<CatalogueIndex>(url, (piece) => (this.indexPiece = piece.status === 'error' ? { ...piece, problem: warning(piece.problem) } : piece), warning);
    this.changed();
  }

  requestList(): void {
    this.requestPartOfIndex<RoleListEntry[]>(this.listPiece, (piece) => (this.listPiece = piece), this.layout.list, 'the list of roles');
  }

  requestListing(): void {
    this.requestPartOfIndex<ListingEntry[]>(this.listingPiece, (piece) => (this.listingPiece = piece), this.layout.listing, 'the job-title index', {
      test: (value): value is ListingEntry[] => Array.isArray(value) && value.every((entry) => typeof entry?.id === 'string' && typeof entry.title === 'string' && Array.isArray(entry.aliases) && typeof entry.salary === 'object'),
      holds: 'a list of roles with their titles and pay',
    });
  }

  /**
   * Fetches a piece holding part of what the index holds for every role (the pickers' list, a job
   * board's listing), unless it is asked for already or the index is here or on its way; if the
   * piece fails, the index is asked for instead.
   */
  private requestPartOfIndex<T>(held: Piece<T> | undefined, keep: (piece: Piece<T>) => void, url: string | undefined, what: string, shape?: { test: (value: unknown) => value is T; holds: string }): void {
    if (this.indexPiece?.status === 'ready' || this.indexPiece?.status === 'loading' || held) return;
    if (!url) return this.requestIndex();
    const record = (piece: Piece<T>) => {
      keep(piece);
      if (piece.status === 'error') this.requestIndex();
    };
    keep(this.fetchPiece<T>(url, record, (problem) => `${what} could not be loaded from ${url} (${problem}); trying the whole catalogue`, { shape }));
    this.changed();
  }

  requestRole(key: string): boolean {
    if (this.indexPiece?.status === 'ready') return false;
    const id = normalizeRoleKey(key);
    // An alias or a title ("DevOps engineer") can only be found in the index.
    if (!this.layout.role || !this.layout.ids?.includes(id)) {
      this.requestIndex();
      return this.indexPiece?.status === 'loading';
    }
    const known = this.factPieces.get(id);
    if (known) return known.status === 'loading' || this.indexPiece?.status === 'loading';
    const url = this.layout.role.replaceAll('{id}', encodeURIComponent(id));
    this.factPieces.set(
      id,
      this.fetchPiece<RoleFacts>(
        url,
        (piece) => {
          this.factPieces.set(id, piece);
          // Without its facts piece the role may still be in the index: ask for that instead.
          if (piece.status === 'error') this.requestIndex();
        },
        (problem) => `the role "${id}" could not be loaded from ${url} (${problem}); trying the whole catalogue`,
      ),
    );
    this.changed();
    return true;
  }

  /** The language texts are fetched in for `lang`: its own where the catalogue has it, else English. */
  private textLanguage(lang: string): string {
    const wanted = primaryLanguage(lang);
    if (this.layout.languages.includes(wanted)) return wanted;
    warnOnce(`the role catalogue has no texts in "${lang}"; English is shown instead`);
    return 'en';
  }

  texts(id: string, lang: string): RoleTextsState {
    const language = this.textLanguage(lang);
    const piece = this.textPieces.get(`${language}/${id}`) ?? this.loadTexts(id, language);
    if (piece.status === 'loading') return { status: 'loading' };
    if (piece.status === 'error') return { status: 'error', problem: piece.problem, retry: () => this.retryFailed() };
    return { status: 'ready', texts: piece.value, lang: language };
  }

  /**
   * Fetches every piece that failed once more, past any cache that kept the failed answer, and shows
   * them loading: one outage fails many pieces at once, and one "Try again" should mend them all.
   */
  private retryFailed() {
    for (const [key, piece] of this.textPieces) {
      if (piece.status !== 'error') continue;
      const [language, id] = key.split('/');
      this.loadTexts(id, language, true);
    }
    for (const [id, piece] of this.factPieces) if (piece.status === 'error') this.factPieces.delete(id);
    this.changed();
  }

  /** Fetches a role's texts in one language. */
  private loadTexts(id: string, language: string, retry = false): Piece<RoleTexts> {
    const key = `${language}/${id}`;
    const url = this.layout.texts.replaceAll('{id}', encodeURIComponent(id)).replaceAll('{lang}', encodeURIComponent(language));
    const piece = this.fetchPiece<RoleTexts>(url, (settled) => this.textPieces.set(key, settled), (problem) => `the description of the role "${id}" could not be loaded from ${url} (${problem})`, { shape: { test: isRoleTexts, holds: "a role's texts (title, summary, duties, environment, requirements, prospects, interview questions)" }, retry });
    this.textPieces.set(key, piece);
    return piece;
  }

  /**
   * Starts fetching what a page will need before any element asks (the loader calls this when it
   * sees the tags), so the pieces travel beside the elements' code instead of after it.
   */
  prefetch(roleKey: string | null, lang: string | 'none'): void {
    if (!roleKey) return;
    this.requestRole(roleKey);
    const id = normalizeRoleKey(roleKey);
    if (lang !== 'none' && this.layout.ids?.includes(id)) this.texts(id, lang);
  }
}
