import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatFigureDate, formatHours } from '../../catalogue/format.js';
import { STACK_LABELS } from '../../catalogue/labels.js';
import { findRole } from '../../catalogue/lookup.js';
import type { Role, Source } from '../../catalogue/schema.js';
import { heading } from '../../shared/heading.js';
import { JOB_POSTING_WORDS } from '../../shared/job-posting-words.js';
import { ReadsJobPosting } from '../../shared/reads-job-posting.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import { environmentFacts, technologyTag, textList } from '../../shared/role-parts.js';
import { sourceName } from '../../shared/source-name.js';
import { roleCardStyles } from './role-card.styles.js';

export const ROLE_CARD_SECTIONS = [
  'summary',
  'pay',
  'hours',
  'technologies',
  'duties',
  'environment',
  'requirements',
  'prospects',
  'questions',
  'sources',
] as const;
export type RoleCardSection = (typeof ROLE_CARD_SECTIONS)[number];
export type RoleCardVariant = 'compact' | 'full';

/** Sections a compact card shows before the reader expands it. */
const COMPACT_SECTIONS: RoleCardSection[] = ['pay', 'hours', 'technologies'];
/** Long sections a full card folds into disclosures. */
const DISCLOSURE_SECTIONS = new Set<RoleCardSection>(['duties', 'environment', 'requirements', 'prospects', 'questions']);
const COMPACT_TAG_COUNT = 5;

export interface RoleSelectDetail {
  /** Id of the role the reader asked about. */
  roleId: string;
  /** Why the card shows this role, when it came from the page's JobPosting (`job-posting`). */
  matchedBy?: string;
}

/**
 * One engineering role explained: what it is, its pay and hours, technologies, duties, working
 * environment, what you need, prospects and questions to ask at interview.
 *
 * @tagname role-card
 * @summary One role, explained well enough to decide on.
 *
 * @slot actions - The site's own call to action, such as a link to its vacancies.
 * @slot extra - Extra content shown at the end of the card.
 *
 * @fires {CustomEvent<RoleSelectDetail>} role-select - The reader asked for more about the role (the compact card's expand button). Cancel it to handle the request yourself; the card then stays as it is.
 *
 * @csspart base - The card's outer box.
 * @csspart header - Title, other names and part of the stack.
 * @csspart title - The role's title (a heading at `heading-level`).
 * @csspart aliases - The role's other names.
 * @csspart stack - The badge naming the part of the stack.
 * @csspart section - Each section of the card.
 * @csspart section-heading - Each section's heading.
 * @csspart disclosure - Each folded section (a details element).
 * @csspart tags - The list of technologies.
 * @csspart tag - One technology.
 * @csspart expand - The compact card's button that shows the full profile.
 * @csspart problem - The message shown for an unknown role.
 * @csspart match-note - With `job-posting`, the sentence saying the role is only the closest one to the advert's title.
 * @csspart band - The salary band inside the card.
 * @csspart band-label - The band's own label (its `label` part), re-exported.
 * @csspart figures - The band's figures in words, re-exported from the band.
 * @csspart range - The band's typical range, re-exported from the band.
 * @csspart marker - The band's `value` marker, re-exported from the band.
 *
 * @cssprop --rw-card-padding - Space inside the card (default 1rem).
 * @cssprop --rw-card-background - Card background (default: transparent, so the page shows through).
 * @cssprop --rw-tag-background - Background of technology tags.
 */
export class RoleCard extends ReadsJobPosting(RoleWidgetElement) {
  static override styles = roleCardStyles;

  /** Id, alias or title of a role in the catalogue. */
  @property({ attribute: 'role-id', reflect: true }) roleId?: string;

  /** `full` shows every section; `compact` shows a summary with a button to expand. */
  @property() variant: RoleCardVariant = 'full';

  /** Which sections to show, in order, separated by commas or spaces. Empty shows all. */
  @property() sections = '';

  /**
   * Low end of the pay scale, in the card's region's currency a year. With `scale-max`, lines up
   * the bands of several cards shown side by side; by default each band picks its own scale.
   */
  @property({ attribute: 'scale-min', type: Number }) scaleMin?: number;

  /** High end of the pay scale; see `scale-min`. */
  @property({ attribute: 'scale-max', type: Number }) scaleMax?: number;

  /** Level of the card's title (1–6), so the card fits the host page's outline. Sections use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;


  /** Whether a compact card has been expanded by the reader. */
  @state() private expanded = false;

  /**
   * Folded sections the reader has opened. A closed disclosure's content is not rendered until it
   * opens: five long lists a card would otherwise build for every reader, most of whom never look.
   */
  @state() private openSections: ReadonlySet<RoleCardSection> = new Set();

  private handleToggle(section: RoleCardSection, event: Event) {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.openSections.has(section)) return;
    const next = new Set(this.openSections);
    if (open) next.add(section);
    else next.delete(section);
    this.openSections = next;
  }

  private heading(offset: number, content: unknown, part: string, id?: string): TemplateResult {
    return heading(this.resolveHeadingLevel(this.headingLevel) + offset, content, { part, id });
  }


  private handleExpand(role: Role) {
    const matchedBy = this.roleId ? undefined : this.jobPostingMatch?.reason;
    if (!this.emit<RoleSelectDetail>('role-select', { roleId: role.id, ...(matchedBy ? { matchedBy } : {}) }, { cancelable: true })) return;
    this.expanded = !this.expanded;
  }

  protected override render() {
    const posting = this.jobPostingMatch;
    const role = findRole(this.catalogue, this.roleId ?? posting?.roleId);
    if (!role) {
      if (this.catalogueLoading || posting?.loading) return this.renderLoading('role details');
      if (posting && !this.roleId) return this.renderPostingProblem(posting);
      return this.renderUnknownRole('role-id', this.roleId);
    }
    const compact = this.variant === 'compact';
    if (this.variant != null && this.variant !== 'compact' && this.variant !== 'full') {
      this.warn(`variant="${this.variant}" is not valid; use compact or full. Showing full.`);
    }
    const chosen = this.pickNames('sections', this.sections, ROLE_CARD_SECTIONS);
    const shown = compact && !this.expanded ? chosen.filter((s) => COMPACT_SECTIONS.includes(s)) : chosen;
    const bodyId = 'card-body';
    const closest = this.closestRoleNote(this.roleId);

    return html`
      <article part="base" class="card ${compact ? 'compact' : 'full'}" aria-labelledby="title">
        <header part="header" class="header">
          ${this.heading(0, role.title, 'title', 'title')}
          ${role.aliases.length && !(compact && !this.expanded)
            ? html`<p part="aliases" class="aliases">Also called: ${role.aliases.join(', ')}</p>`
            : nothing}
          <p part="stack" class="stack"><span class="visually-hidden">Part of the stack: </span>${STACK_LABELS[role.stack]}</p>
          ${closest ? html`<p part="match-note" class="match-note"><strong>${JOB_POSTING_WORDS.closestRole}.</strong> ${closest}</p>` : nothing}
        </header>
        ${compact && !this.expanded && chosen.includes('summary') ? html`<p class="lede">${role.summary}</p>` : nothing}
        <div id=${bodyId} class="body">
          ${shown.map((section) => this.renderSection(section, role, compact && !this.expanded))}
        </div>
        <div class="actions">
          ${compact
            ? html`<button part="expand" class="pill" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls=${bodyId} @click=${() => this.handleExpand(role)}>
                ${this.expanded ? 'Show less' : 'Show full profile'}<span class="visually-hidden">: ${role.title}</span>
              </button>`
            : nothing}
          <slot name="actions"></slot>
        </div>
        <slot name="extra"></slot>
      </article>
    `;
  }

  private renderSection(section: RoleCardSection, role: Role, summaryOnly: boolean): TemplateResult | typeof nothing {
    switch (section) {
      case 'summary':
        return summaryOnly ? nothing : this.block('summary', 'What the job is', () => html`<p>${role.summary}</p>`);
      case 'pay':
        return this.block(
          'pay',
          'Pay',
          () => html`<salary-band part="band" exportparts="figures, range, marker, label: band-label" role-id=${role.id} region=${this.regionCode} locale=${this.resolvedLocale} .scaleMin=${this.scaleMin} .scaleMax=${this.scaleMax} .jobPosting=${this.jobPosting}></salary-band>`,
        );
      case 'hours':
        return this.block('hours', 'Hours', () => html`<p>${formatHours(role.hours, this.resolvedLocale)}</p>`);
      case 'technologies': {
        const technologies = summaryOnly ? role.technologies.slice(0, COMPACT_TAG_COUNT) : role.technologies;
        const more = role.technologies.length - technologies.length;
        return this.block(
          'technologies',
          'Technologies',
          () => html`<ul part="tags" class="tags">
              ${technologies.map(
                technologyTag,
              )}
            </ul>
            ${more > 0 ? html`<p class="more">and ${more} more</p>` : nothing}`,
        );
      }
      case 'duties':
        return this.block('duties', 'Day-to-day duties', () => textList(role.duties));
      case 'environment':
        return this.block(
          'environment',
          'Working environment',
          () => html`<p>${role.environment.summary}</p>
            ${environmentFacts(role.environment)}`,
        );
      case 'requirements':
        return this.block(
          'requirements',
          'What you will need',
          () => html`<p class="subhead">Skills</p>
            ${textList(role.requirements.skills)}
            <p class="subhead">Routes in</p>
            ${textList(role.requirements.routesIn)}
            <p class="subhead">Qualifications</p>
            <p>${role.requirements.qualifications}</p>`,
        );
      case 'prospects':
        return this.block('prospects', 'Career prospects', () => html`<p>${role.prospects}</p>`);
      case 'questions':
        return this.block('questions', 'Questions to ask at interview', () => textList(role.interviewQuestions));
      case 'sources':
        return this.block('sources', 'Sources', () => this.sourcesList(role));
    }
  }

  /** A section: a disclosure for the long ones on a full card, a plain block otherwise. */
  private block(section: RoleCardSection, title: string, content: () => TemplateResult): TemplateResult {
    if (DISCLOSURE_SECTIONS.has(section)) {
      return html`<details part="section disclosure" class="section disclosure" data-section=${section} @toggle=${(event: Event) => this.handleToggle(section, event)}>
        <summary>${this.heading(1, title, 'section-heading')}</summary>
        <div class="disclosure-body">${this.openSections.has(section) ? content() : nothing}</div>
      </details>`;
    }
    return html`<section part="section" class="section" data-section=${section}>
      ${this.heading(1, title, 'section-heading')} ${content()}
    </section>`;
  }

  private sourcesList(role: Role) {
    const band = role.salary[this.regionCode];
    const rows: [string, Source, string?][] = [];
    if (band) rows.push([`Pay (${this.regionCode})`, band.source]);
    if (role.hours.typical) rows.push(['Typical hours', role.hours.typical.source, role.hours.typical.basis]);
    rows.push([role.hours.typical ? 'Advertised hours' : 'Hours', role.hours.source, role.hours.basis]);
    return html`<ul class="list sources">
      ${rows.map(
        ([what, source, basis]) => html`<li>
          ${what}:
          ${sourceName(source)},
          ${formatFigureDate(source.date, this.resolvedLocale)}${basis ? ` (${basis})` : ''}
        </li>`,
      )}
    </ul>`;
  }
}
