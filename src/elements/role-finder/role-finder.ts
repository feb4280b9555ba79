import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { formatMoney } from '../../catalogue/format.js';
import { findRole, type RoleFilter } from '../../catalogue/lookup.js';
import type { RoleFacts as Role, RoleFamily, StackPart } from '../../catalogue/schema.js';
import { ROLE_FAMILIES, STACK_PARTS } from '../../catalogue/vocabulary.js';
import { heading } from '../../shared/heading.js';
import { sharedScaleMax } from '../../shared/scale.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import { MAX_COMPARED_ROLES, type RoleCompareChangeDetail } from '../role-compare/role-compare.js';
import { EMPTY_STATE, stateFromHash, stateToHash, type FinderState } from './finder-state.js';
import { GUIDE_QUESTIONS, rankRoles, wayOfWorkingFor, type RankedRole } from './guide.js';
import { roleFinderStyles } from './role-finder.styles.js';
import './messages.js';

// Types this element's API uses, exported beside it for tools that read custom-elements.json.
export type { FinderState } from './finder-state.js';
export type { RoleSelectDetail } from '../role-card/role-card.js';
import { searchRoles } from './search.js';

export type RoleFinderChangeDetail = FinderState;

const SALARY_FLOORS = [30000, 40000, 50000, 60000, 70000, 80000];

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
 * @csspart empty - The message when nothing matches.
 * @csspart compare - The comparison of ticked roles.
 * @csspart button - Every button.
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

  private readonly handleHashChange = () => {
    const fromUrl = stateFromHash(location.hash);
    if (stateToHash(fromUrl, '') !== stateToHash(this.state, '')) this.state = fromUrl;
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

  protected override render() {
    if (this.catalogueLoading) return this.renderLoading('loading.roles');
    const level = this.resolveHeadingLevel(this.headingLevel);
    const matches = searchRoles(this.catalogue, this.filter, () => this.requestUpdate());
    const results: RankedRole[] = this.answered ? rankRoles(matches, this.state.answers) : matches.map((role) => ({ role, score: 0, reasons: [], because: [] }));
    return html`
      <div part="base" class="finder">
        ${this.renderFilters(level)} ${this.renderGuide(level)} ${this.renderResults(level, results)} ${this.renderCompare(level)}
      </div>
    `;
  }

  private renderFilters(level: number) {
    const { text, stack, family, technologies, salaryFloor, customer, onCall } = this.state;
    const term = this.localize.term;
    // Only the families this catalogue uses: a site's own catalogue may have none, and then there is no such filter.
    const families = ROLE_FAMILIES.filter((name) => this.catalogue.roles.some((role) => role.family === name));
    const allTechnologies = [...new Set(this.catalogue.roles.flatMap((role) => role.technologies.map((t) => t.name)))].sort((a, b) => a.localeCompare(b));
    return html`
      <section part="filters" class="filters" aria-labelledby="filters-heading">
        ${heading(level, term('findRole'), { part: 'heading', id: 'filters-heading' })}
        <div class="field search">
          <label for="search">${term('search')}</label>
          <input id="search" type="search" .value=${text} placeholder=${term('searchHint')} @input=${(e: Event) => this.changeState({ text: (e.target as HTMLInputElement).value })} />
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
        <details class="technologies" ?open=${technologies.length > 0}>
          <summary>${technologies.length ? term('techChosen', technologies.length) : term('techKnown')}</summary>
          <fieldset>
            <legend class="visually-hidden">${term('techLegend')}</legend>
            ${allTechnologies.map(
              (name, index) => html`<label class="check"
                ><input
                  type="checkbox"
                  id="tech-${index}"
                  .checked=${technologies.includes(name)}
                  @change=${(e: Event) =>
                    this.changeState({
                      technologies: (e.target as HTMLInputElement).checked ? [...technologies, name] : technologies.filter((t) => t !== name),
                    })}
                />${name}</label
              >`,
            )}
          </fieldset>
        </details>
        ${this.activeFilterCount
          ? html`<button part="button" class="pill" type="button" @click=${() => this.clearFilters()}>${term('clearFilters', this.activeFilterCount)}</button>`
          : nothing}
      </section>
    `;
  }

  private clearFilters() {
    const { text, stack, family, technologies, salaryFloor, customer, onCall } = EMPTY_STATE;
    this.changeState({ text, stack, family, technologies, salaryFloor, customer, onCall }, 'search');
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

  private renderResults(level: number, results: RankedRole[]) {
    const { compare } = this.state;
    const ranked = this.answered;
    const term = this.localize.term;
    const summary = results.length === 0 ? term('noMatches') : term(ranked ? 'matchesRanked' : 'matches', results.length);
    const way = ranked ? wayOfWorkingFor(this.catalogue, this.state.answers) : undefined;
    // One pay scale for every result, taken from the whole catalogue so bars keep their place as filters change.
    const scaleMax = sharedScaleMax(this.catalogue.roles, this.regionCode);
    return html`
      <section part="results" class="results" aria-labelledby="results-heading">
        <div class="results-header">
          <div id="results-heading" tabindex="-1">${heading(level, term('roles'), { part: 'heading' })}</div>
          <p class="count" role="status" aria-live="polite" aria-atomic="true">${summary}</p>
        </div>
        ${way
          ? html`<aside class="way" aria-label=${way.title}><strong>${way.title}.</strong> ${way.summary}</aside>`
          : nothing}
        ${results.length === 0
          ? html`<div part="empty" class="empty">
              <p>${term('noMatchTry')}</p>
              <button part="button" class="pill" type="button" @click=${() => this.clearFilters()}>${term('clearAll')}</button>
            </div>`
          : html`<ol class="result-list">
              ${results.map(({ role, because }, index) => this.renderResult(level, role, because, ranked && index < 3, compare, scaleMax))}
            </ol>`}
      </section>
    `;
  }

  /** One result; `because` names the answers that make it fit ("area.systems"), each with its reason in words. */
  private renderResult(level: number, role: Role, because: string[], bestFit: boolean, compare: string[], scaleMax: number) {
    const ticked = compare.includes(role.id);
    const full = compare.length >= MAX_COMPARED_ROLES && !ticked;
    return html`<li part="result" class="result">
      ${bestFit ? html`<p class="best-fit">${this.localize.term('goodFit')}</p>` : nothing}
      ${because.length ? html`<p part="reason" class="reason">${this.localize.term('fitsBecause', this.reasonList(because.map((id) => this.localize.term(`why.${id}`))))}</p>` : nothing}
      <role-card
        role-id=${role.id}
        variant="compact"
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

  /** Reasons as one list in the reader's language ("a, b and c"), joined from its end. */
  private reasonList(reasons: string[]): string {
    let list = reasons[reasons.length - 1];
    for (let index = reasons.length - 2; index >= 0; index--) list = this.localize.term(index === reasons.length - 2 ? 'reasonsAnd' : 'reasonsMore', reasons[index], list);
    return list;
  }

  private toggleCompare(id: string, on: boolean) {
    const compare = on ? [...this.state.compare, id].slice(0, MAX_COMPARED_ROLES) : this.state.compare.filter((c) => c !== id);
    this.changeState({ compare });
  }

  private renderCompare(level: number) {
    const chosen = this.state.compare.filter((id) => findRole(this.catalogue, id));
    if (chosen.length === 0) return nothing;
    return html`<section part="compare" class="compare" aria-labelledby="compare-heading">
      <div id="compare-heading">${heading(level, this.localize.term('comparing', chosen.length), { part: 'heading' })}</div>
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
