import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatMoney } from '../../catalogue/format.js';
import { findRole, type RoleFilter } from '../../catalogue/lookup.js';
import type { RoleFacts as Role, RoleFamily, StackPart, TechnologyKind, WayOfWorking } from '../../catalogue/schema.js';
import { ROLE_FAMILIES, STACK_PARTS, TECHNOLOGY_KINDS } from '../../catalogue/vocabulary.js';
import { heading } from '../../shared/heading.js';
import { sharedScaleMax } from '../../shared/scale.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import { MAX_COMPARED_ROLES, type RoleCompareChangeDetail } from '../role-compare/role-compare.js';
import { EMPTY_STATE, stateFromHash, stateToHash, type FinderState } from './finder-state.js';
import { GUIDE_QUESTIONS, rankRoles, wayOfWorkingFor, type RankedRole } from './guide.js';
import { nearestRoles } from './nearest.js';
import { roleFinderStyles } from './role-finder.styles.js';
import './messages.js';

// Types this element's API uses, exported beside it for tools that read custom-elements.json.
export type { FinderState } from './finder-state.js';
export type { RoleSelectDetail } from '../role-card/role-card.js';
import { searchRoles } from './search.js';

export type RoleFinderChangeDetail = FinderState;

const SALARY_FLOORS = [30000, 40000, 50000, 60000, 70000, 80000];

/** Results shown at first and added by each "Show more": a phone's first view stays a few screens long. */
export const RESULTS_PAGE_SIZE = 10;

/** The parts of the state that change which roles match: a change shows the first page again. */
const MATCH_KEYS: (keyof FinderState)[] = ['text', 'stack', 'family', 'technologies', 'salaryFloor', 'customer', 'onCall', 'answers'];

/** Sections a result card shows: enough to scan (what it is, what it pays); the rest is one button away. */
const RESULT_SECTIONS = 'summary pay';

/**
 * Helps a reader narrow the catalogue down to the roles that fit them: search and filters, a short
 * guided set of questions that ranks roles and says why, and a comparison of up to four results.
 *
 * What loads when: it filters and ranks every role, so with the script-tag loader it fetches the
 * catalogue's index (every role's facts), and each role card it shows fetches that role's texts.
 *
 * @tagname role-finder
 * @summary Help a reader decide which engineering job they want.
 *
 * @fires {CustomEvent<RoleFinderChangeDetail>} role-finder-change - The reader changed a filter, an answer or the roles to compare. The detail is the whole state.
 * @fires {CustomEvent<RoleSelectDetail>} role-select - From a result card, when the reader opens it in full (bubbles from `<role-card>`).
 *
 * @csspart base - The whole finder.
 * @csspart heading - Each of the finder's headings (filters, questions, results, comparison).
 * @csspart filters - The search box and filters.
 * @csspart guide - The guided questions.
 * @csspart results - The list of matching roles.
 * @csspart result - One matching role.
 * @csspart reason - Why a role fits the reader's answers.
 * @csspart empty - The message when nothing matches, with the nearest roles.
 * @csspart skip - The link that skips past the results.
 * @csspart more - The button that shows more results.
 * @csspart tray - The bar naming the roles ticked to compare, with "Compare now".
 * @csspart compare - The comparison of ticked roles.
 * @csspart button - Every button.
 *
 * @cssprop --rw-tray-background - Background of the compare tray, which stays in view over the results (default: the system's Canvas colour).
 * @cssprop --rw-tray-color - Text colour of the compare tray (default: CanvasText, to go with Canvas).
 *
 */
export class RoleFinder extends RoleWidgetElement {
  static override styles = roleFinderStyles;

  /** Keep the reader's choices in the page address (after #), so a link restores them. */
  @property({ attribute: 'sync-url', type: Boolean, reflect: true }) syncUrl = false;

  /** Level of the finder's own headings (1–6); result cards use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;


  /** The reader's choices. Setting it restores a saved state. */
  @property({ attribute: false }) state: FinderState = { ...EMPTY_STATE };

  /** Id of the element to focus once the next update has rendered it. */
  private focusAfterUpdate?: string;

  /** How many results are shown; "Show more" adds a page. */
  @state() private shownCount = RESULTS_PAGE_SIZE;

  /** What the reader typed to find a technology in the technologies filter. */
  @state() private techQuery = '';

  /** The last change to the roles ticked to compare, said in a live region. */
  @state() private compareNews = '';

  private readonly handleHashChange = () => {
    const fromUrl = stateFromHash(location.hash);
    if (stateToHash(fromUrl, '') !== stateToHash(this.state, '')) {
      this.state = fromUrl;
      this.shownCount = RESULTS_PAGE_SIZE;
    }
  };

  override connectedCallback() {
    super.connectedCallback();
    if (this.syncUrl) {
      this.state = stateFromHash(location.hash);
      window.addEventListener('hashchange', this.handleHashChange);
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.handleHashChange);
  }

  private changeState(patch: Partial<FinderState>, focus?: string) {
    if (MATCH_KEYS.some((key) => key in patch)) this.shownCount = RESULTS_PAGE_SIZE;
    this.state = { ...this.state, ...patch };
    this.focusAfterUpdate = focus;
    if (this.syncUrl) {
      const hash = stateToHash(this.state, location.hash);
      // replaceState: every keystroke in the search box should not become a Back-button step.
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    }
    this.emit<RoleFinderChangeDetail>('role-finder-change', this.state);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
    const firstView = this.shadowRoot!.querySelector<HTMLElement>('.first-view');
    if (firstView && this.localize.reserved) firstView.style.minHeight = this.localize.reserved;
    if (this.focusAfterUpdate) {
      this.shadowRoot!.getElementById(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  private get currency(): string {
    return this.catalogue.roles.find((role) => role.salary[this.regionCode])?.salary[this.regionCode]?.currency ?? 'GBP';
  }

  private get filter(): RoleFilter {
    const { text, stack, family, technologies, salaryFloor, customer, onCall } = this.state;
    return {
      text: text || undefined,
      stack: stack || undefined,
      family: family || undefined,
      technologies: technologies.length ? technologies : undefined,
      salaryFloor: salaryFloor ? { region: this.regionCode, amount: salaryFloor } : undefined,
      customerContact: customer === 'yes' ? ['some', 'high'] : customer === 'no' ? ['none', 'low'] : undefined,
      onCall: onCall === 'avoid' ? ['none', 'low'] : undefined,
    };
  }

  private get activeFilterCount(): number {
    const { text, stack, family, technologies, salaryFloor, customer, onCall } = this.state;
    return [text.trim(), stack, family, technologies.length, salaryFloor, customer, onCall].filter(Boolean).length;
  }

  private get answered(): boolean {
    return Object.keys(this.state.answers).length > 0 && this.state.step >= GUIDE_QUESTIONS.length;
  }

  /** Set once the results have been drawn; see render. */
  private drawnResults = false;

  protected override render() {
    if (this.catalogueLoading) return this.renderLoading('loading.roles');
    const level = this.resolveHeadingLevel(this.headingLevel);
    const matches = searchRoles(this.catalogue, this.filter, () => this.requestUpdate(), { lang: this.readerLanguage, label: (technology) => this.localize.phrase(technology).text });
    const results: RankedRole[] = this.answered ? rankRoles(matches, this.state.answers) : matches.map((role) => ({ role, score: 0, reasons: [], because: [] }));
    // The first view waits for its cards' texts (asked for here, shared with the cards): drawn before them,
    // each card would grow as its summary arrived and push the rows below down. Later views never blank.
    if (!this.drawnResults && results.slice(0, this.shownCount).some(({ role }) => this.roleTexts(role).status === 'loading')) {
      return html`<div class="first-view">${this.renderLoading('loading.roles')}</div>`;
    }
    this.drawnResults = true;
    return html`
      <div part="base" class="finder">
        ${this.renderFilters(level)} ${this.renderGuide(level)} ${this.renderResults(level, results)} ${this.renderCompare(level)}
        <p class="visually-hidden" role="status" aria-live="polite">${this.compareNews}</p>
      </div>
    `;
  }

  private renderFilters(level: number) {
    const { text, stack, family, salaryFloor, customer, onCall } = this.state;
    const term = this.localize.term;
    // Only the families this catalogue uses: a site's own catalogue may have none, and then there is no such filter.
    const families = ROLE_FAMILIES.filter((name) => this.catalogue.roles.some((role) => role.family === name));
    return html`
      <section part="filters" class="filters" aria-labelledby="filters-heading">
        ${heading(level, term('findRole'), { part: 'heading', id: 'filters-heading' })}
        <div class="field search">
          <label for="search">${term('search')}</label>
          <p id="search-hint" class="field-hint">${term('searchHint')}</p>
          <input id="search" type="search" aria-describedby="search-hint" .value=${text} @input=${(e: Event) => this.changeState({ text: (e.target as HTMLInputElement).value })} />
        </div>
        <div class="field-row">
          ${families.length
            ? html`<div class="field">
                <label for="family">${term('familyFilter')}</label>
                <select id="family" @change=${(e: Event) => this.changeState({ family: (e.target as HTMLSelectElement).value as RoleFamily | '' })}>
                  <option value="" ?selected=${!family}>${term('allFamilies')}</option>
                  ${families.map((name) => html`<option value=${name} ?selected=${family === name}>${term(`family.${name}`)}</option>`)}
                </select>
              </div>`
            : nothing}
          <div class="field">
            <label for="stack">${term('partOfStack')}</label>
            <select id="stack" @change=${(e: Event) => this.changeState({ stack: (e.target as HTMLSelectElement).value as StackPart | '' })}>
              <option value="" ?selected=${!stack}>${term('any')}</option>
              ${STACK_PARTS.map((part) => html`<option value=${part} ?selected=${stack === part}>${term(`stack.${part}`)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="floor">${term('payFloor')}</label>
            <select id="floor" @change=${(e: Event) => this.changeState({ salaryFloor: Number((e.target as HTMLSelectElement).value) })}>
              <option value="0" ?selected=${!salaryFloor}>${term('anyPay')}</option>
              ${SALARY_FLOORS.map(
                (floor) => html`<option value=${floor} ?selected=${salaryFloor === floor}>${term('floor', formatMoney(floor, this.currency, this.resolvedLocale, { compact: true }))}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="customer">${term('customers')}</label>
            <select id="customer" @change=${(e: Event) => this.changeState({ customer: (e.target as HTMLSelectElement).value as FinderState['customer'] })}>
              <option value="" ?selected=${!customer}>${term('either')}</option>
              <option value="yes" ?selected=${customer === 'yes'}>${term('customersYes')}</option>
              <option value="no" ?selected=${customer === 'no'}>${term('customersNo')}</option>
            </select>
          </div>
          <div class="field">
            <label for="oncall">${term('onCallDuty')}</label>
            <select id="oncall" @change=${(e: Event) => this.changeState({ onCall: (e.target as HTMLSelectElement).value as FinderState['onCall'] })}>
              <option value="" ?selected=${!onCall}>${term('noPreference')}</option>
              <option value="avoid" ?selected=${onCall === 'avoid'}>${term('littleOrNone')}</option>
            </select>
          </div>
        </div>
        ${this.renderTechnologies()}
        ${this.activeFilterCount
          ? html`<button part="button" class="pill" type="button" @click=${() => this.clearFilters()}>${term('clearFilters', this.activeFilterCount)}</button>`
          : nothing}
      </section>
    `;
  }

  /**
   * The technologies the catalogue's roles use, grouped by kind (languages, frameworks…). A name
   * the roles file under different kinds (Docker: a tool, or infrastructure) goes where most put it.
   * Practices and methods (Scrum, interviews, risk logs) are not technologies a reader "knows" in
   * this sense: they are left out, and the search box still finds roles by them.
   */
  private technologyGroups(): { kind: TechnologyKind; names: string[] }[] {
    const kindsOf = new Map<string, Map<TechnologyKind, number>>();
    for (const role of this.catalogue.roles) {
      for (const tech of role.technologies) {
        const counts = kindsOf.get(tech.name) ?? new Map<TechnologyKind, number>();
        counts.set(tech.kind, (counts.get(tech.kind) ?? 0) + 1);
        kindsOf.set(tech.name, counts);
      }
    }
    const groups = new Map<TechnologyKind, string[]>();
    for (const [name, counts] of kindsOf) {
      const [kind] = [...counts]
        .filter(([k]) => k !== 'practice')
        .sort((a, b) => b[1] - a[1] || TECHNOLOGY_KINDS.indexOf(a[0]) - TECHNOLOGY_KINDS.indexOf(b[0]))
        .map(([k]) => k);
      if (kind) groups.set(kind, [...(groups.get(kind) ?? []), name]);
    }
    // Listed as the reader reads them (Welsh labels sort among the product names).
    const label = (name: string) => this.localize.phrase(name).text;
    return TECHNOLOGY_KINDS.filter((kind) => groups.has(kind)).map((kind) => ({ kind, names: groups.get(kind)!.sort((a, b) => label(a).localeCompare(label(b), this.readerLanguage)) }));
  }

  /** The technologies filter: a box to find one, then the technologies grouped by kind. Ticked ones always stay in view. */
  private renderTechnologies() {
    const { technologies } = this.state;
    const term = this.localize.term;
    const query = this.techQuery.trim().toLowerCase();
    const groups = this.technologyGroups();
    let index = 0;
    const shownGroups = groups
      // Found by the name the reader reads (a Welsh label) or the catalogue's own.
      .map(({ kind, names }) => ({ kind, names: names.map((name) => ({ name, id: `tech-${index++}` })).filter(({ name }) => !query || name.toLowerCase().includes(query) || this.localize.phrase(name).text.toLowerCase().includes(query) || technologies.includes(name)) }))
      .filter(({ names }) => names.length);
    return html`<details class="technologies" ?open=${technologies.length > 0}>
      <summary>${technologies.length ? term('techChosen', technologies.length) : term('techKnown')}</summary>
      <div class="tech-body">
        <div class="field">
          <label for="tech-search">${term('techSearch')}</label>
          <input id="tech-search" type="search" aria-describedby="tech-hint" .value=${this.techQuery} @input=${(e: Event) => (this.techQuery = (e.target as HTMLInputElement).value)} />
          <p id="tech-hint" class="hint">${term('techHint')}</p>
        </div>
        <fieldset class="tech-groups">
          <legend class="visually-hidden">${term('techLegend')}</legend>
          ${shownGroups.length
            ? shownGroups.map(
                ({ kind, names }) => html`<fieldset class="tech-group">
                  <legend>${term(`kindGroup.${kind}`)}</legend>
                  <div class="checks">
                    ${names.map(
                      ({ name, id }) => html`<label class="check"
                        ><input
                          type="checkbox"
                          id=${id}
                          .checked=${technologies.includes(name)}
                          @change=${(e: Event) =>
                            this.changeState({
                              technologies: (e.target as HTMLInputElement).checked ? [...technologies, name] : technologies.filter((t) => t !== name),
                            })}
                        />${this.said(name)}</label
                      >`,
                    )}
                  </div>
                </fieldset>`,
              )
            : html`<p class="hint">${term('noTechnology', this.techQuery.trim())}</p>`}
        </fieldset>
      </div>
    </details>`;
  }

  /** Clears the search and filters; `keepText` clears only the filters. Focus goes to the search box. */
  private clearFilters(keepText = false) {
    const { text, stack, family, technologies, salaryFloor, customer, onCall } = EMPTY_STATE;
    this.changeState({ ...(keepText ? {} : { text }), stack, family, technologies, salaryFloor, customer, onCall }, 'search');
  }

  private renderGuide(level: number) {
    const { step, answers } = this.state;
    const total = GUIDE_QUESTIONS.length;
    const term = this.localize.term;
    let body;
    if (step < 0) {
      body = html`<p>${term('guideIntro', total)}</p>
        <button part="button" class="pill primary" type="button" @click=${() => this.changeState({ step: 0 }, 'question-0')}>${term('startQuestions')}</button>`;
    } else if (step < total) {
      const question = GUIDE_QUESTIONS[step];
      body = html`<fieldset class="question">
          <legend>
            <!-- Focus goes to this span, not the legend: Firefox passes a focused legend's focus on to the first answer. -->
            <span class="legend-text" id="question-${step}" tabindex="-1">
              <span class="progress">${term('progress', step + 1, total)}</span>
              <span class="question-text">${term(`q.${question.id}`)}</span>
            </span>
          </legend>
          ${question.options.map(
            (option) => html`<label class="choice"
              ><input
                type="radio"
                name="question-${question.id}"
                value=${option.id}
                .checked=${answers[question.id] === option.id}
                @change=${() => this.changeState({ answers: { ...answers, [question.id]: option.id } })}
              />${term(`q.${question.id}.${option.id}`)}</label
            >`,
          )}
        </fieldset>
        <div class="buttons">
          <button part="button" class="pill" type="button" @click=${() => this.changeState({ step: step - 1 }, step > 0 ? `question-${step - 1}` : 'guide-heading')}>
            ${term(step > 0 ? 'back' : 'stopQuestions')}
          </button>
          <button part="button" class="pill primary" type="button" @click=${() => this.changeState({ step: step + 1 }, step + 1 < total ? `question-${step + 1}` : 'results-heading')}>
            ${term(step + 1 < total ? (answers[question.id] ? 'next' : 'skip') : 'seeResults')}
          </button>
        </div>`;
    } else {
      body = html`<p>${term('rankedNote')}</p>
        <ol class="answers">
          ${GUIDE_QUESTIONS.map((question, index) => {
            const option = question.options.find((o) => o.id === answers[question.id]);
            return html`<li>
              <span class="answer-question">${term(`q.${question.id}`)}</span>
              <span class="answer">${option ? term(`q.${question.id}.${option.id}`) : term('skipped')}</span>
              <button part="button" class="link" type="button" @click=${() => this.changeState({ step: index }, `question-${index}`)}>
                ${term('change')}<span class="visually-hidden">${term('changeAnswer', term(`q.${question.id}`))}</span>
              </button>
            </li>`;
          })}
        </ol>
        <button part="button" class="pill" type="button" @click=${() => this.changeState({ answers: {}, step: -1 }, 'guide-heading')}>${term('clearAnswers')}</button>`;
    }
    return html`<section part="guide" class="guide" aria-labelledby="guide-heading">
      <div id="guide-heading" tabindex="-1">${heading(level, term('helpMeChoose'), { part: 'heading' })}</div>
      ${body}
    </section>`;
  }

  /** A way of working's title and summary in the reader's language where the catalogue has them, else in English. */
  private wayInReaderLanguage(way: WayOfWorking | undefined) {
    if (!way) return undefined;
    const translated = this.readerLanguage === 'en' ? undefined : way.translations?.[this.language] ?? way.translations?.[this.readerLanguage];
    return translated ? { title: translated.title, summary: translated.summary, lang: this.readerLanguage } : { title: way.title, summary: way.summary, lang: 'en' };
  }

  private renderResults(level: number, results: RankedRole[]) {
    const { compare } = this.state;
    const ranked = this.answered;
    const term = this.localize.term;
    const shown = results.slice(0, this.shownCount);
    const partial = shown.length < results.length;
    const summary = results.length === 0 ? term('noMatches') : term(ranked ? 'matchesRanked' : 'matches', results.length);
    const way = ranked ? this.wayInReaderLanguage(wayOfWorkingFor(this.catalogue, this.state.answers)) : undefined;
    // One pay scale for every result, taken from the whole catalogue so bars keep their place as filters change.
    const scaleMax = sharedScaleMax(this.catalogue.roles, this.regionCode);
    return html`
      <section part="results" class="results" aria-labelledby="results-heading">
        <div class="results-header">
          <div id="results-heading" tabindex="-1">${heading(level, term('roles'), { part: 'heading' })}</div>
          <p class="count" role="status" aria-live="polite" aria-atomic="true">${summary}${partial ? ` ${term('firstShown', shown.length)}` : ''}</p>
        </div>
        ${way
          ? html`<aside class="way" aria-label=${way.title} lang=${way.lang}><strong>${way.title}.</strong> ${way.summary}</aside>`
          : nothing}
        ${results.length === 0
          ? this.renderEmpty(level, compare, scaleMax)
          : html`<a part="skip" class="skip" href="#results-end" @click=${(e: Event) => this.handleSkip(e)}>${term('skipResults')}</a>
              <ol class="result-list">
                ${shown.map(({ role, because }, index) => this.renderResult(level, role, because, ranked && index < 3, compare, scaleMax, `result-${index}`))}
              </ol>
              <div class="results-end" id="results-end" tabindex="-1">
                <p>${partial ? term('shownOf', shown.length, results.length) : term('endOfResults')}</p>
                ${partial
                  ? html`<button part="button more" class="pill" type="button" @click=${() => this.showMore(results.length)}>
                      ${term('showMore', Math.min(RESULTS_PAGE_SIZE, results.length - shown.length))}
                    </button>`
                  : nothing}
              </div>`}
        ${this.renderTray()}
      </section>
    `;
  }

  /** The skip link moves focus itself: a fragment link cannot reach into a shadow root, and the hash may hold the finder's state. */
  private handleSkip(event: Event) {
    event.preventDefault();
    this.shadowRoot!.getElementById('results-end')?.focus();
  }

  /** Shows the next page; focus goes to the first role it adds, so a keyboard reader carries on from there. */
  private showMore(total: number) {
    const first = this.shownCount;
    this.shownCount = Math.min(total, first + RESULTS_PAGE_SIZE);
    this.focusAfterUpdate = `result-${first}`;
  }

  /**
   * Nothing matches: say what the reader did (a search, filters, or both), offer to undo that, and
   * show the roles that come nearest.
   */
  private renderEmpty(level: number, compare: string[], scaleMax: number) {
    const term = this.localize.term;
    const text = this.state.text.trim();
    const filters = this.activeFilterCount - (text ? 1 : 0);
    const message = text && filters ? term('noMatchBoth', text) : text ? term('noMatchSearch', text) : term('noMatchTry');
    // The roles the search names on its own, without the filters: a job title counts as met for them.
    const named = new Set(text ? searchRoles(this.catalogue, { text }).map((role) => role.id) : []);
    const nearest = nearestRoles(this.catalogue, this.filter, named);
    return html`<div part="empty" class="empty">
      <p>${message}</p>
      <div class="buttons">
        ${text
          ? html`<button part="button" class="pill" type="button" @click=${() => this.changeState({ text: '' }, 'search')}>${term('clearSearch')}</button>`
          : nothing}
        ${filters
          ? html`<button part="button" class="pill" type="button" @click=${() => this.clearFilters(Boolean(text))}>${term(text ? 'clearOtherFilters' : 'clearAll')}</button>`
          : nothing}
      </div>
      ${nearest.length
        ? html`<p class="nearest-intro">${term('nearest')}</p>
            <ol class="result-list nearest">
              ${nearest.map((role, index) => this.renderResult(level, role, [], false, compare, scaleMax, `nearest-${index}`))}
            </ol>`
        : nothing}
    </div>`;
  }

  /** One result; `because` names the answers that make it fit ("area.systems"), each with its reason in words. */
  private renderResult(level: number, role: Role, because: string[], bestFit: boolean, compare: string[], scaleMax: number, id: string) {
    const ticked = compare.includes(role.id);
    const full = compare.length >= MAX_COMPARED_ROLES && !ticked;
    return html`<li part="result" class="result" id=${id} tabindex="-1">
      ${bestFit ? html`<p class="best-fit">${this.localize.term('goodFit')}</p>` : nothing}
      ${because.length ? html`<p part="reason" class="reason">${this.localize.term('fitsBecause', this.reasonList(because.map((id) => this.localize.term(`why.${id}`))))}</p>` : nothing}
      <role-card
        role-id=${role.id}
        variant="compact"
        sections=${RESULT_SECTIONS}
        heading-level=${Math.min(level + 1, 6)}
        region=${this.regionCode}
        locale=${this.resolvedLocale}
        scale-min="0"
        scale-max=${scaleMax}
      ></role-card>
      <label class="check compare-check">
        <input
          type="checkbox"
          .checked=${ticked}
          ?disabled=${full}
          aria-describedby=${full ? 'compare-limit' : nothing}
          @change=${(e: Event) => this.toggleCompare(role.id, (e.target as HTMLInputElement).checked)}
        />${this.localize.term('compareRole', this.roleTitle(role))}
      </label>
    </li>`;
  }

  /**
   * The roles ticked to compare, in a bar that stays in view at the bottom of the results, with a
   * button to the comparison below them.
   */
  private renderTray() {
    const chosen = this.state.compare.flatMap((id) => findRole(this.catalogue, id) ?? []);
    if (chosen.length === 0) return nothing;
    const term = this.localize.term;
    return html`<div part="tray" class="tray">
      <p><strong>${term('comparing', chosen.length)}:</strong> ${chosen.map((role) => this.roleTitle(role)).join(', ')}</p>
      ${chosen.length >= 2
        ? html`<button part="button" class="pill primary" type="button" @click=${() => this.compareNow()}>${term('compareNow')}</button>`
        : html`<p class="hint">${term('tickOneMore')}</p>`}
    </div>`;
  }

  private compareNow() {
    this.shadowRoot!.getElementById('compare-heading')?.focus();
  }

  /** Reasons as one list in the reader's language ("a, b and c"), joined from its end. */
  private reasonList(reasons: string[]): string {
    let list = reasons[reasons.length - 1];
    for (let index = reasons.length - 2; index >= 0; index--) list = this.localize.term(index === reasons.length - 2 ? 'reasonsAnd' : 'reasonsMore', reasons[index], list);
    return list;
  }

  private toggleCompare(id: string, on: boolean) {
    const compare = on ? [...this.state.compare, id].slice(0, MAX_COMPARED_ROLES) : this.state.compare.filter((c) => c !== id);
    const role = findRole(this.catalogue, id);
    if (role) this.compareNews = this.localize.term(on ? 'compareAdded' : 'compareRemoved', this.roleTitle(role), compare.length, MAX_COMPARED_ROLES);
    this.changeState({ compare });
  }

  private renderCompare(level: number) {
    const chosen = this.state.compare.filter((id) => findRole(this.catalogue, id));
    if (chosen.length === 0) return nothing;
    return html`<section part="compare" class="compare" aria-labelledby="compare-heading">
      <div id="compare-heading" tabindex="-1">${heading(level, this.localize.term('comparing', chosen.length), { part: 'heading' })}</div>
      <p id="compare-limit" class="hint">
        ${chosen.length < 2 ? this.localize.term('tickOneMore') : this.localize.term('compareLimit', MAX_COMPARED_ROLES)}
      </p>
      ${chosen.length >= 2
        ? html`<role-compare
            roles=${chosen.join(',')}
            region=${this.regionCode}
            locale=${this.resolvedLocale}
            heading-level=${Math.min(level + 1, 6)}
            @role-compare-change=${(e: CustomEvent<RoleCompareChangeDetail>) => this.changeState({ compare: e.detail.roles })}
          ></role-compare>`
        : nothing}
    </section>`;
  }
}
