import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { provide } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { EMPTY_CATALOGUE, defaultCatalogue, defaultPieces, loadDefaultCatalogue } from '../../catalogue/default-catalogue.js';
import { catalogueContext, type CatalogueState } from '../../catalogue/context.js';
import { extendCatalogue } from '../../catalogue/merge.js';
import { SplitCatalogue } from '../../catalogue/pieces.js';
import type { Catalogue, CatalogueIndex } from '../../catalogue/schema.js';
import { parseCatalogue, validateCatalogue, type ValidationResult } from '../../catalogue/validate.js';
import { emit } from '../../shared/emit.js';
import { baseStyles } from '../../shared/styles.js';
import { LanguageController } from '../../i18n/localize.js';
import './messages.js';

export type CatalogueMode = 'replace' | 'extend';

export interface RoleCatalogueLoadDetail {
  /** The catalogue now in use: a whole catalogue, or a split one's index (roles without their texts). */
  catalogue: Catalogue | CatalogueIndex;
}
export interface RoleCatalogueErrorDetail {
  problems: string[];
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Supplies a role catalogue to every role-widgets element inside it. Without one, elements use the
 * catalogue bundled with the library.
 *
 * Two forms: one file holding everything (`src`), or a split catalogue for a big site, where `src`
 * is the index of every role's facts and `texts-src` the pattern of the files holding each role's
 * texts per language, fetched only for the roles a page shows.
 *
 * @tagname role-catalogue
 * @summary Provides a site’s own role catalogue, from a property or a URL.
 *
 * @slot - The elements that should read this catalogue.
 *
 * @fires {CustomEvent<RoleCatalogueLoadDetail>} role-catalogue-load - A catalogue was accepted and is now in use.
 * @fires {CustomEvent<RoleCatalogueErrorDetail>} role-catalogue-error - A catalogue was rejected or could not be fetched; the last good one stays in use.
 *
 * @csspart status - The visible message shown when a catalogue could not be loaded.
 * @csspart problem-detail - In an editor's preview (`diagnostics`), the list of what is wrong with the catalogue.
 *
 * @cssprop --rw-accent - Accent colour of bars, badges and buttons.
 * @cssprop --rw-muted-color - Colour of secondary text.
 * @cssprop --rw-border-color - Colour of borders and lines.
 * @cssprop --rw-surface - Background of highlighted boxes.
 * @cssprop --rw-radius - Corner radius (default 0.5rem).
 * @cssprop --rw-focus-color - Colour of the keyboard focus ring.
 */
export class RoleCatalogue extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
      [part='status'] {
        margin: 0 0 0.75rem;
        padding: 0.5rem 0.75rem;
        border: 1px solid var(--_line);
        border-inline-start-width: 4px;
        border-radius: var(--_radius);
        font-size: 0.875em;
      }
      ul {
        margin: 0.25rem 0 0;
        padding-inline-start: 1.25rem;
      }
    `,
  ];

  /** URL of a catalogue JSON file. It is fetched, validated, and used when valid. With `texts-src`, the URL of a split catalogue's index. */
  @property({ reflect: true }) src?: string;

  /**
   * For a split catalogue: the URL pattern of each role's texts in one language, with `{id}` and
   * `{lang}` in it, e.g. `/careers/roles/{lang}/{id}.json`. `src` is then the index (every role's
   * facts, no texts). A role's texts are fetched when an element first shows it; languages the
   * index's `languages` does not name are shown in English.
   */
  @property({ attribute: 'texts-src', reflect: true }) textsSrc?: string;

  /** `replace` uses only the given catalogue; `extend` adds its roles to the bundled ones, replacing roles with the same id. */
  @property() mode: CatalogueMode = 'replace';

  /**
   * Milliseconds to wait for `src` before giving up.
   * @type {number}
   */
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  /**
   * For editors' previews: a catalogue that could not be loaded is shown with its problems (the
   * address, the paths in the file that are wrong). Readers of a published page are told only that
   * it could not be loaded; the problems go to the console and the `role-catalogue-error` event.
   */
  @property({ type: Boolean }) diagnostics = false;

  /** A catalogue object supplied by script. It is validated like a fetched one. */
  @property({ attribute: false }) catalogue?: unknown;

  @provide({ context: catalogueContext })
  @state()
  protected catalogueState: CatalogueState = defaultCatalogue()
    ? { catalogue: defaultCatalogue()!, status: 'ready', problems: [], complete: true }
    : { catalogue: EMPTY_CATALOGUE, status: 'loading', problems: [], complete: false };

  private loadController?: AbortController;
  /** Stops following the pieces of the catalogue this one reads texts from. */
  private unsubscribe?: () => void;

  /** The language of its messages: the nearest `lang`, as for every element; its children stay in view while the language arrives. */
  private readonly localize = new LanguageController(this, 'children');

  /** Renders once its language's messages are in (Welsh is fetched on first use), as every element does. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const arriving = this.localize.arriving();
    return arriving ? arriving.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves when the current load has settled (for scripts and tests that need to wait). */
  loaded: Promise<void> = Promise.resolve();

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.loadController?.abort();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    // A load aborted by an earlier disconnect is started again when the element returns.
    if (this.src && this.catalogueState.status === 'loading' && this.loadController?.signal.aborted) this.startLoad();
    // Until a catalogue is given, elements inside read the bundled one, loaded on first use.
    if (this.waitingForBundled) {
      loadDefaultCatalogue().then((catalogue) => {
        if (this.waitingForBundled) this.use(catalogue, defaultPieces());
      });
    }
  }

  /** No catalogue given by property or URL, and the bundled one not yet in hand. */
  private get waitingForBundled(): boolean {
    return this.catalogueState.catalogue === EMPTY_CATALOGUE && !this.src && this.catalogue === undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.localize.reset();
    if (changed.has('mode') && this.mode != null && this.mode !== 'replace' && this.mode !== 'extend') {
      console.warn(`<role-catalogue>: mode="${this.mode}" is not valid; use replace or extend. Using replace.`);
    }
    // One load per update, however many of src, mode and catalogue changed at once (on the first
    // update `mode` counts as changed too): a URL wins over a catalogue given by property.
    if (this.src && (changed.has('src') || changed.has('mode') || changed.has('textsSrc'))) {
      this.startLoad();
    } else if (this.catalogue !== undefined && (changed.has('catalogue') || changed.has('mode'))) {
      this.accept(validateCatalogue(this.catalogue));
    }
  }

  private startLoad() {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.catalogueState = { ...this.catalogueState, status: 'loading', problems: [] };
    this.loaded = this.fetchCatalogue(this.src!, controller).then(async (result): Promise<void> => {
      if (this.loadController === controller) await this.accept(result);
    });
  }

  private async fetchCatalogue(url: string, controller: AbortController): Promise<ValidationResult<Catalogue | CatalogueIndex> & { pieces?: SplitCatalogue }> {
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeout);
    try {
      const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
      if (!response.ok) return { ok: false, problems: [`${url}: the server answered ${response.status} ${response.statusText}`.trim()] };
      const text = await response.text();
      if (this.textsSrc) return this.splitCatalogue(text, url);
      return parseCatalogue(text);
    } catch (error) {
      const reason = controller.signal.reason;
      if (reason instanceof DOMException && reason.name === 'TimeoutError') {
        return { ok: false, problems: [`${url}: no answer within ${timeout / 1000} seconds`] };
      }
      if (controller.signal.aborted) return { ok: false, problems: [] };
      return { ok: false, problems: [`${url}: could not be fetched (${(error as Error).message})`] };
    } finally {
      clearTimeout(timer);
    }
  }

  /** A split catalogue's index, checked, with the pieces that fetch its texts from `texts-src`. */
  private splitCatalogue(text: string, indexUrl: string): ValidationResult<CatalogueIndex> & { pieces?: SplitCatalogue } {
    const result = parseCatalogue(text, { index: true });
    if (!result.ok) return result;
    if (this.mode === 'extend') console.warn('<role-catalogue>: a split catalogue (texts-src) replaces the bundled one; mode="extend" needs a whole catalogue in one file.');
    const texts = new URL(this.textsSrc!, new URL(indexUrl, document.baseURI)).href.replace(/%7B(id|lang)%7D/g, '{$1}');
    const languages = Object.keys(result.catalogue.languages ?? {});
    // Followed through `use`, as the bundled pieces are: nothing to publish to at first.
    const pieces = new SplitCatalogue({ texts, languages: languages.length ? languages : ['en'] }, () => undefined, result.catalogue);
    return { ...result, pieces };
  }

  /** A new state of the pieces this catalogue reads texts from: a role's texts arrived or failed. */
  private followed(state: CatalogueState) {
    if (this.catalogueState.pieces === state.pieces) this.catalogueState = { ...this.catalogueState };
  }

  /** Provides `catalogue` to the elements inside, reading texts it lacks from `pieces`. */
  private use(catalogue: CatalogueIndex, pieces?: SplitCatalogue) {
    this.unsubscribe?.();
    this.unsubscribe = pieces?.subscribe((state) => this.followed(state));
    this.catalogueState = { catalogue, status: 'ready', problems: [], complete: true, ...(pieces && { pieces }) };
  }

  private async accept(result: ValidationResult<Catalogue | CatalogueIndex> & { pieces?: SplitCatalogue }) {
    if (result.ok) {
      const extend = this.mode === 'extend' && !result.pieces;
      // Extending a bundled catalogue kept in pieces: its roles' texts still come from those pieces.
      const catalogue = extend ? extendCatalogue(await loadDefaultCatalogue(), result.catalogue as Catalogue) : result.catalogue;
      this.use(catalogue, result.pieces ?? (extend ? defaultPieces() : undefined));
      emit<RoleCatalogueLoadDetail>(this, 'role-catalogue-load', { catalogue });
      return;
    }
    if (result.problems.length === 0) return;
    this.catalogueState = { ...this.catalogueState, status: 'error', problems: result.problems };
    console.warn(`<role-catalogue>: the catalogue was not used.\n${result.problems.join('\n')}`);
    emit<RoleCatalogueErrorDetail>(this, 'role-catalogue-error', { problems: result.problems });
  }

  protected override render() {
    const { status, problems } = this.catalogueState;
    const shown = problems.slice(0, 5);
    const term = this.localize.term;
    return html`
      <div class="visually-hidden" role="status" aria-live="polite">
        ${status === 'loading' ? term('catalogueLoading') : nothing}
        ${status === 'error' ? term('catalogueFailedSaid') : nothing}
      </div>
      ${status === 'error'
        ? html`<div part="status">
            <strong>${term('catalogueFailed')}</strong>${term('catalogueFailedMore')}
            ${this.diagnostics
              ? // The file's problems (addresses, paths in the JSON) are for the site's editors: their preview, the console and the event.
                html`<ul part="problem-detail">
                  ${shown.map((problem) => html`<li>${problem}</li>`)}
                  ${problems.length > shown.length ? html`<li>${term('moreProblems', problems.length - shown.length)}</li>` : nothing}
                </ul>`
              : nothing}
          </div>`
        : nothing}
      <slot></slot>
    `;
  }
}
