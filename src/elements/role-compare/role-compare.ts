import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { roleGroupKey } from '../../catalogue/labels.js';
import { ROLE_FAMILIES } from '../../catalogue/vocabulary.js';
import { normalizeRoleKey } from '../../catalogue/lookup.js';
import type { RoleFacts as Role, RoleListEntry, RoleTexts } from '../../catalogue/schema.js';
import { heading } from '../../shared/heading.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import { environmentFacts, hoursText, technologyTag, textList } from '../../shared/role-parts.js';
import { sharedScaleMax } from '../../shared/scale.js';
import { roleCompareStyles } from './role-compare.styles.js';
import './messages.js';

export const COMPARE_ROWS = [
  'stack',
  'summary',
  'technologies',
  'pay',
  'hours',
  'environment',
  'duties',
  'requirements',
  'prospects',
  'questions',
] as const;
export type CompareRow = (typeof COMPARE_ROWS)[number];

export const MIN_COMPARED_ROLES = 2;
export const MAX_COMPARED_ROLES = 4;

type CompareLayout = 'table' | 'stacked';
/** Narrower than this, four columns cannot hold their text (the same width as the styles' container query). */
const TABLE_MIN_WIDTH = 600;
const layoutFor = (width: number): CompareLayout => (width < TABLE_MIN_WIDTH ? 'stacked' : 'table');

export interface RoleCompareChangeDetail {
  /** Ids of the roles now compared, in column order. */
  roles: string[];
}

/**
 * Two to four roles side by side, with shared technologies marked and the option to show only the
 * rows that differ. A table on wide containers; one block per role on narrow ones. In a browser the
 * element measures its own width before its first frame and renders only the layout that fits,
 * switching as its container is resized; server-rendered output and printed pages carry both, and
 * the element's width picks one in CSS.
 *
 * What loads when: with the script-tag loader it fetches the compared roles' facts, their texts in
 * the reader's language, and a short list of every role's title for its pickers (not every role's
 * facts). Text rows show a placeholder, then the texts, or a message with "Try again".
 *
 * @tagname role-compare
 * @summary Roles side by side, differences first.
 *
 * @fires {CustomEvent<RoleCompareChangeDetail>} role-compare-change - The reader swapped, added or removed a role.
 *
 * @csspart texts-loading - The space a role's texts keep while they are on their way (a catalogue in pieces).
 * @csspart texts-problem - The message shown when a role's texts could not be loaded.
 * @csspart retry - The "Try again" button beside that message.
 * @csspart base - The whole comparison.
 * @csspart controls - The bar with the differences switch and the add button.
 * @csspart table - The comparison table (wide layout).
 * @csspart stacked - The block per role (narrow layout).
 * @csspart picker - Each role picker (a native select).
 * @csspart add - The button that adds a role.
 * @csspart remove - Each button that removes a role.
 * @csspart row-header - Each row's header cell.
 * @csspart tag - One technology.
 * @csspart shared-tag - A technology every compared role uses.
 * @csspart shared-key - The key to the "≡" mark on shared technologies.
 * @csspart role-title - Each role's heading in the narrow layout.
 * @csspart problem - Messages about unknown or surplus ids. In plain words for readers; the details go to the console.
 * @csspart problem-detail - In an editor's preview (`diagnostics`), what is wrong in a developer's terms.
 *
 * @cssprop --rw-tag-background - Background of technology tags.
 * @cssprop --rw-compare-header-background - Background of header cells.
 */
export class RoleCompare extends RoleWidgetElement {
  static override styles = roleCompareStyles;

  /** Ids, aliases or titles of the roles to compare (2 to 4), separated by commas. Defaults to the first two roles. */
  @property({ reflect: true }) roles?: string;

  /** Which rows to show, in order, separated by commas or spaces. Empty shows all. */
  @property() rows = '';


  /** Show only the rows in which the roles differ. */
  @property({ attribute: 'differences-only', type: Boolean, reflect: true }) differencesOnly = false;

  /** Level of the role headings in the narrow layout (1–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Whether some technology is shared by every compared role, so the technologies row needs the key to its "≡" mark. */
  private hasSharedTech = false;

  /**
   * The layout that fits the element's width, once measured; undefined renders both and lets the
   * container query choose (server rendering, printing). Rendering one halves the comparison's DOM,
   * which was most of a page's longest task.
   */
  @state() private measuredLayout?: CompareLayout;

  /**
   * Watches an empty line as wide as the element, not the element itself: the element's height
   * changes when the layout does, and a size the observer's own callback changes makes the browser
   * report a ResizeObserver loop error to the page.
   */
  private readonly resizeObserver = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(([entry]) => {
    // A probe the loading message replaced reports a width of 0 as it goes: not the element's width.
    if (entry.target.isConnected) this.measuredLayout = layoutFor(entry.contentRect.width);
  });
  private watchedProbe?: Element;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.watchedProbe = undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Connected again (perhaps elsewhere): the probe is watched again; its first report comes before the frame is painted.
    if (this.hasUpdated) this.watchProbe();
  }

  private watchProbe() {
    const probe = this.renderRoot.querySelector('.width-probe');
    if (!probe || probe === this.watchedProbe) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver?.observe(probe);
    this.watchedProbe = probe;
  }

  /** Set after a column is added or removed, so keyboard focus lands somewhere sensible. */
  private focusAfterUpdate?: number;

  /** Roles to show, the ids that matched nothing, and ids dropped as duplicates or beyond four. */
  private resolveRoles(): { shown: Role[]; unknown: string[]; surplus: string[]; pending: boolean } {
    const named = (this.roles ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    // No roles named: the first two of the catalogue's list.
    const asked = named.length ? named : this.roleList.slice(0, MIN_COMPARED_ROLES).map((role) => role.id);
    const shown: Role[] = [];
    const unknown: string[] = [];
    const surplus: string[] = [];
    let pending = false;
    for (const name of asked) {
      // Only the compared roles' facts are asked for; a name that is no id asks for the whole index.
      const role = this.lookupRole(name);
      if (!role && this.catalogueLoading) pending = true;
      else if (!role) unknown.push(name);
      else if (shown.includes(role)) continue;
      else if (shown.length >= MAX_COMPARED_ROLES) surplus.push(name);
      else shown.push(role);
    }
    return { shown, unknown, surplus, pending };
  }

  private changeRoles(ids: string[], focus?: number) {
    this.roles = ids.join(',');
    this.focusAfterUpdate = focus;
    this.emit<RoleCompareChangeDetail>('role-compare-change', { roles: ids });
  }

  private handleSwap(shown: Role[], index: number, event: Event) {
    const ids = shown.map((role) => role.id);
    ids[index] = (event.target as HTMLSelectElement).value;
    this.changeRoles(ids, index);
  }

  private handleRemove(shown: Role[], index: number) {
    const ids = shown.map((role) => role.id).filter((_, i) => i !== index);
    this.changeRoles(ids, Math.min(index, ids.length - 1));
  }

  private handleAdd(shown: Role[]) {
    const next = this.roleList.find((role) => !shown.some((column) => column.id === role.id));
    if (!next) return;
    const ids = [...shown.map((role) => role.id), next.id];
    this.changeRoles(ids, ids.length - 1);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // Measured once before the first frame (the observer reports only after layout); it follows resizes after that.
    if (!this.measuredLayout && this.resizeObserver && this.isConnected) this.measuredLayout = layoutFor(this.getBoundingClientRect().width);
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.watchProbe();
    if (this.focusAfterUpdate !== undefined) {
      // Both layouts may be in the tree (printing); focus goes to the picker of the one the reader sees.
      const pickers = [...this.renderRoot.querySelectorAll<HTMLSelectElement>(`select[data-column="${this.focusAfterUpdate}"]`)];
      const picker = pickers.find((candidate) => candidate.getClientRects().length > 0);
      if (picker) {
        picker.focus();
        this.focusAfterUpdate = undefined;
      } else {
        // The added role's facts are on their way (a catalogue in pieces) and the table is replaced by
        // the loading message: focus waits there, not on <body>, and moves to the picker once it is drawn.
        this.renderRoot.querySelector<HTMLElement>('[part~="loading"]')?.focus();
      }
    }
  }

  /** What a row shows for one role, as text: two roles differ in a row when these differ. */
  private rowKey(row: CompareRow, role: Role): string {
    switch (row) {
      case 'stack':
        return role.stack;
      case 'technologies':
        return role.technologies.map((t) => normalizeRoleKey(t.name)).sort().join('|');
      case 'pay': {
        const band = role.salary[this.regionCode];
        return band ? [band.currency, band.p10, band.p25, band.min, band.median, band.max, band.p75, band.p90].join('|') : 'none';
      }
      case 'hours':
        return JSON.stringify([role.hours.min, role.hours.max, role.hours.note, role.hours.estimate, role.hours.typical?.hours, role.hours.typical?.estimate]);
      case 'environment':
        return `${role.environment.onCall}|${role.environment.customerContact}|${role.environment.workplaces.join(',')}`;
      case 'summary':
        return this.textKey(role, (texts) => texts.summary);
      case 'duties':
        return this.textKey(role, (texts) => texts.duties.join('|'));
      case 'requirements':
        return this.textKey(role, (texts) => [...texts.requirements.skills, texts.requirements.qualifications].join('|'));
      case 'prospects':
        return this.textKey(role, (texts) => texts.prospects);
      case 'questions':
        return this.textKey(role, (texts) => texts.interviewQuestions.join('|'));
    }
  }

  /** A text row's key: its words once they are here; until then each role's own, so the row is not hidden as "the same". */
  private textKey(role: Role, words: (texts: RoleTexts) => string): string {
    const state = this.roleTexts(role);
    return state.status === 'ready' ? words(state.texts) : `${state.status}:${role.id}`;
  }

  protected override render() {
    const { shown, unknown, surplus, pending } = this.resolveRoles();
    if (pending || (this.catalogueLoading && shown.length === 0)) return this.renderLoading('loading.compare');
    const rows = this.pickNames('rows', this.rows, COMPARE_ROWS);
    const differs = new Map(rows.map((row) => [row, new Set(shown.map((role) => this.rowKey(row, role))).size > 1]));
    const sharedTech = new Set(
      shown.length > 1
        ? shown[0].technologies.map((t) => normalizeRoleKey(t.name)).filter((name) => shown.every((role) => role.technologies.some((t) => normalizeRoleKey(t.name) === name)))
        : [],
    );
    this.hasSharedTech = sharedTech.size > 0;
    const scaleMax = sharedScaleMax(shown, this.regionCode);
    const cell = (row: CompareRow, role: Role) => this.renderCell(row, role, sharedTech, scaleMax);
    const hiddenCount = this.differencesOnly ? rows.filter((row) => !differs.get(row)).length : 0;
    const layout = this.print.printing ? undefined : this.measuredLayout;

    return html`
      <div class="width-probe"></div>
      <div part="base" class="compare ${this.differencesOnly ? 'differences-only' : ''} ${layout ? `only-${layout}` : ''}">
        ${this.renderMessages(unknown, surplus)}
        <div part="controls" class="controls">
          <label class="switch">
            <input type="checkbox" role="switch" .checked=${this.differencesOnly} @change=${(e: Event) => (this.differencesOnly = (e.target as HTMLInputElement).checked)} />
            ${this.localize.term('differencesOnly')}
          </label>
          <button part="add" id="add" type="button" class="pill" ?disabled=${shown.length >= MAX_COMPARED_ROLES || shown.length >= this.roleList.length} @click=${() => this.handleAdd(shown)}>
            ${this.localize.term('addRole')}
          </button>
          <span class="visually-hidden" role="status" aria-live="polite">
            ${this.differencesOnly ? this.localize.term('rowsHidden', hiddenCount) : ''}
          </span>
        </div>
        ${layout === 'stacked' ? nothing : this.renderTable(shown, rows, differs, cell)} ${layout === 'table' ? nothing : this.renderStacked(shown, rows, differs, cell)}
      </div>
    `;
  }

  private renderMessages(unknown: string[], surplus: string[]) {
    // Readers are told what is missing in plain words; the ids given and the valid ones go to the console and an editor's preview.
    const messages: [string, string][] = [];
    if (unknown.length) {
      const ids = this.catalogue.roles.map((role) => role.id).join(', ');
      this.warn(`roles names unknown ids (${unknown.join(', ')}). Valid ids: ${ids}.`);
      messages.push([this.localize.term('rolesMissing', unknown.length), this.localize.term('notRoles', unknown.length, unknown.map((id) => `"${id}"`).join(', '), ids)]);
    }
    if (surplus.length) {
      this.warn(`roles lists more than ${MAX_COMPARED_ROLES} roles; ${surplus.join(', ')} not shown.`);
      messages.push([this.localize.term('tooManyReader', MAX_COMPARED_ROLES), this.localize.term('tooMany', surplus.length, MAX_COMPARED_ROLES, surplus.join(', '))]);
    }
    return messages.map(([message, detail]) => this.renderProblem(message, detail));
  }

  /**
   * A picker's roles, grouped as a careers page groups them (<optgroup>), so thirty roles stay easy
   * to scan; roles without a family follow the groups, and a catalogue without families is one list.
   */
  private pickerOptions(shown: Role[], current: Role) {
    const taken = new Set(shown.map((role) => role.id));
    const option = (role: RoleListEntry) => html`<option value=${role.id} ?selected=${role.id === current.id} ?disabled=${role.id !== current.id && taken.has(role.id)}>${this.roleTitle(role)}</option>`;
    const roles = this.roleList;
    const groups = ROLE_FAMILIES.map((family) => [family, roles.filter((role) => role.family === family)] as const).filter(([, members]) => members.length);
    if (!groups.length) return roles.map(option);
    return html`${groups.map(([family, members]) => html`<optgroup label=${this.localize.term(`family.${family}`)}>${members.map(option)}</optgroup>`)}${roles.filter((role) => !role.family).map(option)}`;
  }

  private renderPicker(shown: Role[], index: number) {
    const role = shown[index];
    return html`<div class="picker">
      <select part="picker" data-column=${index} aria-label=${this.localize.term('pickRole', index + 1, shown.length)} @change=${(e: Event) => this.handleSwap(shown, index, e)}>
        ${this.pickerOptions(shown, role)}
      </select>
      ${shown.length > MIN_COMPARED_ROLES
        ? html`<button part="remove" type="button" class="remove" aria-label=${this.localize.term('remove', this.roleTitle(role))} title=${this.localize.term('remove', this.roleTitle(role))} @click=${() => this.handleRemove(shown, index)}>
            <span aria-hidden="true">✕</span>
          </button>`
        : nothing}
    </div>`;
  }

  private renderTable(shown: Role[], rows: CompareRow[], differs: Map<CompareRow, boolean>, cell: (row: CompareRow, role: Role) => unknown) {
    return html`<table part="table" class="table columns-${shown.length}">
      <caption class="visually-hidden">${this.localize.term('comparison', shown.map((role) => this.roleTitle(role)).join(', '))}</caption>
      <thead>
        <tr class="pickers">
          <td></td>
          ${shown.map((_, index) => html`<td>${this.renderPicker(shown, index)}</td>`)}
        </tr>
        <tr>
          <td></td>
          ${shown.map((role) => html`<th scope="col" class="role-title">${this.roleTitle(role)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr class=${differs.get(row) ? 'differs' : 'same'} data-row=${row}>
            <th scope="row" part="row-header">${this.rowTitle(row)}${this.sharedKey(row)}${differs.get(row) ? nothing : html`<span class="same-note">${this.localize.term('sameForAll')}</span>`}</th>
            ${shown.map((role) => html`<td>${cell(row, role)}</td>`)}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderStacked(shown: Role[], rows: CompareRow[], differs: Map<CompareRow, boolean>, cell: (row: CompareRow, role: Role) => unknown) {
    const level = this.resolveHeadingLevel(this.headingLevel);
    return html`<div part="stacked" class="stacked">
      ${shown.map(
        (role, index) => html`<section class="role-block" aria-labelledby="stacked-role-${index}">
          <div class="role-heading">
            ${heading(level, this.roleTitle(role), { part: 'role-title', id: `stacked-role-${index}` })}
            ${this.renderPicker(shown, index)}
          </div>
          <dl>
            ${rows.map(
              (row) => html`<div class=${differs.get(row) ? 'differs' : 'same'} data-row=${row}>
                <dt part="row-header">${this.rowTitle(row)}${this.sharedKey(row)}</dt>
                <dd>${cell(row, role)}</dd>
              </div>`,
            )}
          </dl>
        </section>`,
      )}
    </div>`;
  }

  /**
   * The key to the "≡" mark, under the technologies row's title. Hidden from screen readers, which
   * hear "shared by all roles compared" on each marked technology instead.
   */
  private sharedKey(row: CompareRow) {
    return row === 'technologies' && this.hasSharedTech ? html`<span part="shared-key" class="shared-key" aria-hidden="true">≡ ${this.localize.term('sharedByAll')}</span>` : nothing;
  }

  private rowTitle(row: CompareRow): string {
    return row === 'pay' ? this.localize.term('payIn', this.regionWords(this.regionCode)) : this.localize.term(`row.${row}`);
  }

  private renderCell(row: CompareRow, role: Role, sharedTech: Set<string>, scaleMax: number) {
    switch (row) {
      case 'stack':
        return this.localize.term(roleGroupKey(role).key);
      case 'summary':
        return this.renderRoleTexts(role, (texts) => this.prose(texts.summary));
      case 'technologies': {
        // What sets the role apart comes first; what all compared roles share follows, marked.
        const distinct = role.technologies.filter((t) => !sharedTech.has(normalizeRoleKey(t.name)));
        const shared = role.technologies.filter((t) => sharedTech.has(normalizeRoleKey(t.name)));
        return html`<ul class="tags">
          ${distinct.map((tech) => technologyTag(tech, this.localize.term, this.said))}
          ${shared.map(
            (t) => html`<li part="tag shared-tag" class="tag shared"><span aria-hidden="true">≡ </span>${this.said(t.name)}<span class="visually-hidden"> (${this.localize.term('sharedByAll')})</span></li>`,
          )}
        </ul>`;
      }
      case 'pay':
        return html`<salary-band role-id=${role.id} region=${this.regionCode} locale=${this.resolvedLocale} scale-min="0" scale-max=${scaleMax}></salary-band>`;
      case 'hours':
        return hoursText(role.hours, this.resolvedLocale, this.localize.term, this.said, { unit: false });
      case 'environment':
        return environmentFacts(role.environment, this.localize.term);
      case 'duties':
        return this.renderRoleTexts(role, (texts) => textList(texts.duties, this.prose));
      case 'requirements':
        return this.renderRoleTexts(role, (texts) => html`${textList(texts.requirements.skills, this.prose)}<p class="note">${this.prose(texts.requirements.qualifications)}</p>`);
      case 'prospects':
        return this.renderRoleTexts(role, (texts) => this.prose(texts.prospects));
      case 'questions':
        return this.renderRoleTexts(role, (texts) => textList(texts.interviewQuestions, this.prose));
    }
  }
}
