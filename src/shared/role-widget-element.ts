import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { BUNDLED_PENDING, EMPTY_CATALOGUE, defaultCatalogue, loadDefaultCatalogue } from '../catalogue/default-catalogue.js';
import { catalogueContext, type CatalogueState } from '../catalogue/context.js';
import { figureLocale, formatFigureDate, regionName, resolveLocale } from '../catalogue/format.js';
import '../i18n/en.js';
import { LanguageController, findLanguage, findMessage, loadLanguage } from '../i18n/localize.js';
import { roleIds } from '../catalogue/lookup.js';
import { emit } from './emit.js';
import { isHeadingLevel } from './heading.js';
import type { Catalogue } from '../catalogue/schema.js';

const warned = new Set<string>();

/**
 * What every role-widgets element shares: the catalogue (from the nearest `<role-catalogue>`, or
 * the bundled one), the language and locale, typed events, and one way to report bad input. The parts and
 * properties below are inherited by every element in the manifest.
 *
 * @csspart loading - The message shown while the catalogue is loading.
 *
 * @cssprop --rw-accent - Accent colour of bars, badges and buttons.
 * @cssprop --rw-muted-color - Colour of secondary text.
 * @cssprop --rw-border-color - Colour of borders and lines.
 * @cssprop --rw-surface - Background of highlighted boxes.
 * @cssprop --rw-radius - Corner radius (default 0.5rem).
 * @cssprop --rw-focus-color - Colour of the keyboard focus ring.
 */
export class RoleWidgetElement extends LitElement {
  /**
   * Every string the element shows or says comes from here, in the language of the nearest `lang`
   * (the element's own, an ancestor's, the page's); a change of `lang` re-renders it.
   */
  protected readonly localize = new LanguageController(this);

  /** The language the element speaks: the nearest `lang`, canonical ("cy", "cy-GB"), else "en". */
  protected get language(): string {
    return this.localize.language;
  }

  /**
   * A language that is not built into the page yet (Welsh) is loaded before the element renders,
   * so a Welsh page never flashes English. English renders at once, as before.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Read afresh: the lang may have changed since the last render (that is often why this update was asked for).
    this.localize.reset();
    const arriving = loadLanguage(this.localize.language);
    return arriving ? arriving.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** BCP 47 locale for figures. Defaults to the nearest `lang`, then en-GB. */
  @property({ reflect: true }) locale?: string;

  /**
   * Region of the pay figures: a two-letter country code the catalogue has figures for (GB, US).
   * GB when absent (the element writes no attribute of its own).
   */
  @property({ reflect: true }) region?: string;

  @consume({ context: catalogueContext, subscribe: true })
  @state()
  protected catalogueState?: CatalogueState;

  /** The region as a country code: the attribute, else one the element found itself (a job advert's country), else GB. */
  protected get regionCode(): string {
    return (this.region || this.foundRegion() || 'GB').trim().toUpperCase();
  }

  /** A region the element found on the page when none is set; none by default. */
  protected foundRegion(): string | undefined {
    return undefined;
  }

  /**
   * The catalogue from the nearest `<role-catalogue>`, else the page root's (the bundled one).
   * The bundled one is loaded the first time an element reads it, so a band drawn from explicit
   * figures never downloads it.
   */
  protected get catalogue(): Catalogue {
    const state = this.catalogueState;
    if (!state) return defaultCatalogue() ?? EMPTY_CATALOGUE; // server rendering: no provider answers
    if (state === BUNDLED_PENDING) loadDefaultCatalogue();
    return state.catalogue;
  }

  /** True while the catalogue is on its way: a `<role-catalogue src>` fetching, or the bundled one loading. */
  protected get catalogueLoading(): boolean {
    const state = this.catalogueState;
    if (state === BUNDLED_PENDING) loadDefaultCatalogue();
    return state?.status === 'loading';
  }

  private localeOfThisUpdate?: string;

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.localeOfThisUpdate = undefined;
    this.localize.reset();
  }

  /**
   * The locale for figures; looked up once per update, as every figure in a render needs it. Where
   * the reader's engine has no number data for it (Chromium and Welsh), the language's region in
   * English (en-GB for cy), never the engine's default en-US.
   */
  protected get resolvedLocale(): string {
    if (this.localeOfThisUpdate) return this.localeOfThisUpdate;
    this.localeOfThisUpdate = figureLocale(resolveLocale(this.locale, findLanguage(this)));
    return this.localeOfThisUpdate;
  }

  /**
   * "September 2024" in the element's language: the engine's own wording where it knows the
   * language, else the month names of the language's messages (Welsh in Chromium).
   */
  protected figureDate(date: string): string {
    const months = findMessage(this.language, 'months');
    const [year, month, day] = date.split('-');
    if (typeof months === 'string' && month && !Intl.DateTimeFormat.supportedLocalesOf(this.language).length) {
      return `${day ? `${Number(day)} ` : ''}${months.split(',')[Number(month) - 1]} ${year}`;
    }
    return formatFigureDate(date, this.resolvedLocale);
  }

  /** "United Kingdom" for GB in the element's language: its messages, else the engine's region names. */
  protected regionWords(region: string): string {
    return findMessage(this.language, `region.${region}`) ? this.localize.term(`region.${region}`) : regionName(region, this.resolvedLocale);
  }

  /** Dispatches a typed, bubbling, composed event; returns false when a listener cancelled it. */
  protected emit<T>(name: string, detail: T, options: { cancelable?: boolean } = {}): boolean {
    return emit(this, name, detail, options);
  }

  /** One console warning per distinct problem, so a bad attribute on 500 cards warns once. */
  protected warn(message: string) {
    const text = `<${this.localName}>: ${message}`;
    if (warned.has(text)) return;
    warned.add(text);
    console.warn(text);
  }

  /**
   * A list attribute naming parts of the element ("questions, pay summary"): the known names in
   * the order given, without repeats; unknown names are reported and skipped; empty means all.
   */
  protected pickNames<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[]): T[] {
    const asked = (value ?? '').split(/[\s,]+/).filter(Boolean);
    if (asked.length === 0) return [...allowed];
    const unknown = asked.filter((name) => !(allowed as readonly string[]).includes(name));
    if (unknown.length) this.warn(`${attribute} names unknown ${attribute} (${unknown.join(', ')}). Valid ${attribute}: ${allowed.join(', ')}.`);
    return [...new Set(asked.filter((name): name is T => !unknown.includes(name)))];
  }

  /** A heading level from an attribute, or 3 with a warning when it is not 1 to 6. */
  protected resolveHeadingLevel(level: number): number {
    if (isHeadingLevel(level)) return level;
    this.warn(`heading-level="${this.getAttribute('heading-level')}" must be a whole number from 1 to 6; 3 is used.`);
    return 3;
  }

  /** The visible message for an unknown or missing role id, listing the valid ones. */
  protected renderUnknownRole(attribute: string, value: string | null | undefined): TemplateResult {
    if (this.catalogue.roles.length === 0) {
      this.warn('no catalogue is loaded. Wrap the element in <role-catalogue src="…"> or use the build that bundles the catalogue.');
      return this.renderProblem(this.localize.term('noCatalogue', `${attribute}="${value ?? ''}"`));
    }
    const ids = roleIds(this.catalogue).join(', ');
    const problem = value ? this.localize.term('noRole', value) : this.localize.term('noRoleGiven');
    this.warn(`${attribute}=${JSON.stringify(value ?? '')} names no role. Valid ids: ${ids}.`);
    return this.renderProblem(`${problem} ${this.localize.term('setOneOf', attribute, ids)}`);
  }

  /** A polite, visible message for input the element cannot show; text between backticks is shown as code. */
  protected renderProblem(message: TemplateResult | string): TemplateResult {
    const content = typeof message === 'string' ? message.split('`').map((text, index) => (index % 2 ? html`<code>${text}</code>` : text)) : message;
    return html`<p class="problem" part="problem" role="status">${content}</p>`;
  }

  /** The loading message; `what` names a message (`loading.role`, `loading.pay`, `loading.compare`, `loading.roles`). */
  protected renderLoading(what = 'loading.role'): TemplateResult {
    return html`<p class="loading" part="loading" role="status" aria-live="polite">${this.localize.term(what)}</p>`;
  }
}
