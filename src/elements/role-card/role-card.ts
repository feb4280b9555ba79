import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { roleGroupKey } from '../../catalogue/labels.js';
import type { RoleFacts, RoleTexts, Source } from '../../catalogue/schema.js';
import { aliasesIn, titleIn } from '../../catalogue/texts.js';
import { heading } from '../../shared/heading.js';
import { ReadsJobPosting } from '../../shared/reads-job-posting.js';
import { RoleWidgetElement } from '../../shared/role-widget-element.js';
import { environmentFacts, hoursText, technologyTag, textList } from '../../shared/role-parts.js';
import { sourceName } from '../../shared/source-name.js';
import { roleCardStyles } from './role-card.styles.js';
import './messages.js';

// A type this element's API uses, exported beside it for tools that read custom-elements.json.
export type { AdvertPayUnit, JobPostingMatch } from '../../shared/reads-job-posting.js';

export const ROLE_CARD_SECTIONS = [
  'summary',
  'pay',
  'hours',
  'technologies',
  'duties',
  'environment',
  'requirements',
  'training',
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
 * What loads when: with the script-tag loader the card fetches its role's facts (title, tags, pay)
 * and its texts in the reader's language, two small files; the facts show at once, the texts fill
 * the space kept for them when they arrive, and a text that fails to arrive shows a message with
 * "Try again". With a whole catalogue (npm, the classic file, `<role-catalogue src>`) all is at hand.
 *
 * @tagname role-card
 * @summary One role, explained well enough to decide on.
 *
 * @slot actions - The site's own call to action, such as a link to its vacancies.
 * @slot extra - Extra content shown at the end of the card.
 *
 * @fires {CustomEvent<RoleSelectDetail>} role-select - The reader asked for more about the role (the compact card's expand button). Cancel it to handle the request yourself; the card then stays as it is.
 *
 * @csspart texts-loading - The space a role's texts keep while they are on their way (a catalogue in pieces).
 * @csspart texts-problem - The message shown when a role's texts could not be loaded.
 * @csspart retry - The "Try again" button beside that message.
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
 * @csspart problem - The message shown for an unknown role. In plain words for readers; the details go to the console.
 * @csspart problem-detail - In an editor's preview (`diagnostics`), what is wrong in a developer's terms.
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

  /**
   * With `job-title` or `job-posting`: the advertised pay (the bottom of a range with `value-max`),
   * in `pay-unit`, placed on the card's pay band.
   */
  @property({ type: Number }) value?: number;

  /** The top of an advertised range; see `value`. */
  @property({ attribute: 'value-max', type: Number }) valueMax?: number;

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


  private handleExpand(role: RoleFacts) {
    const matchedBy = this.roleId ? undefined : this.jobMatch?.reason;
    if (!this.emit<RoleSelectDetail>('role-select', { roleId: role.id, ...(matchedBy ? { matchedBy } : {}) }, { cancelable: true })) return;
    this.expanded = !this.expanded;
  }

  protected override render() {
    const advert = this.jobMatch;
    const role = this.lookupRole(this.roleId ?? advert?.roleId);
    if (!role) {
      if (this.catalogueLoading || advert?.loading) return this.renderLoading('loading.role');
      // No role fits the advert: its pay on its own, as the band shows it, with a plain line for readers.
      if (advert && !this.roleId) return this.value != null || advert.pay ? this.renderBand() : this.renderPostingProblem(advert);
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
          ${this.heading(0, this.titleOf(role), 'title', 'title')}
          ${this.hasOtherNames(role) && !(compact && !this.expanded)
            ? html`<p part="aliases" class="aliases">${this.localize.rich('alsoCalled', this.otherNames(role))}</p>`
            : nothing}
          ${this.renderGroup(role)}
          ${closest ? html`<p part="match-note" class="match-note"><strong>${this.localize.term('closestRole')}.</strong> ${closest}</p>` : nothing}
        </header>
        ${compact && !this.expanded && chosen.includes('summary') ? this.renderRoleTexts(role, (texts) => html`<p class="lede">${this.prose(texts.summary)}</p>`, 'texts-pending lede') : nothing}
        <div id=${bodyId} class="body">
          ${shown.map((section) => this.renderSection(section, role, compact && !this.expanded))}
        </div>
        <div class="actions">
          ${compact
            ? html`<button part="expand" class="pill" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls=${bodyId} @click=${() => this.handleExpand(role)}>
                ${this.localize.term(this.expanded ? 'showLess' : 'showFull')}<span class="visually-hidden">: ${this.roleTitle(role)}</span>
              </button>`
            : nothing}
          <slot name="actions"></slot>
        </div>
        <slot name="extra"></slot>
      </article>
    `;
  }

  private hasOtherNames(role: RoleFacts): boolean {
    return role.aliases.length > 0 || aliasesIn(role, this.readerLanguage).length > 0;
  }

  /**
   * The role's other names: those in the reader's language first, then the job boards' English
   * ones, marked `lang="en"` on a page in another language.
   */
  private otherNames(role: RoleFacts) {
    const own = aliasesIn(role, this.readerLanguage);
    const english = role.aliases.length ? this.english(role.aliases.join(', ')) : '';
    return html`${own.join(', ')}${own.length && role.aliases.length ? ', ' : ''}${english}`;
  }

  /** The card's pay band, given the card's advert so that it places the advertised pay. */
  private renderBand(roleId?: string) {
    return html`<salary-band part="band" exportparts="figures, range, marker, label: band-label" .roleId=${roleId} region=${this.regionCode} locale=${this.resolvedLocale} .scaleMin=${this.scaleMin} .scaleMax=${this.scaleMax} .jobPosting=${this.jobPosting} .jobTitle=${this.jobTitle} .jobSkills=${this.jobSkills} .occupationCode=${this.occupationCode} .payUnit=${this.payUnit} .value=${this.value} .valueMax=${this.valueMax} .diagnostics=${this.diagnostics}></salary-band>`;
  }

  /** The title in the reader's language where the catalogue has it, marked as English where it does not. */
  private titleOf(role: RoleFacts) {
    const { title, lang } = titleIn(role, this.readerLanguage);
    return lang === this.readerLanguage ? title : html`<span lang=${lang}>${title}</span>`;
  }

  /** A section made of the role's texts: see `renderRoleTexts` for the states before they arrive. */
  private textBlock(section: RoleCardSection, role: RoleFacts, content: (texts: RoleTexts) => unknown): TemplateResult {
    return this.block(section, () => this.renderRoleTexts(role, content));
  }

  private renderSection(section: RoleCardSection, role: RoleFacts, summaryOnly: boolean): TemplateResult | typeof nothing {
    switch (section) {
      case 'summary':
        return summaryOnly ? nothing : this.textBlock('summary', role, (texts) => html`<p>${this.prose(texts.summary)}</p>`);
      case 'pay':
        return this.block('pay', () => this.renderBand(role.id));
      case 'hours':
        return this.block('hours', () => html`<p>${hoursText(role.hours, this.resolvedLocale, this.localize.term, this.said)}</p>`);
      case 'technologies': {
        const technologies = summaryOnly ? role.technologies.slice(0, COMPACT_TAG_COUNT) : role.technologies;
        const more = role.technologies.length - technologies.length;
        return this.block(
          'technologies',
          () => html`<ul part="tags" class="tags">
              ${technologies.map((tech) => technologyTag(tech, this.localize.term, this.said))}
            </ul>
            ${more > 0 ? html`<p class="more">${this.localize.term('moreTags', more)}</p>` : nothing}`,
        );
      }
      case 'duties':
        return this.textBlock('duties', role, (texts) => textList(texts.duties, this.prose));
      case 'environment':
        return this.block(
          'environment',
          () => html`${this.renderRoleTexts(role, (texts) => html`<p>${this.prose(texts.environment.summary)}</p>`)}
            ${environmentFacts(role.environment, this.localize.term)}`,
        );
      case 'requirements':
        return this.textBlock(
          'requirements',
          role,
          (texts) => html`<p class="subhead">${this.localize.term('skills')}</p>
            ${textList(texts.requirements.skills, this.prose)}
            <p class="subhead">${this.localize.term('routesIn')}</p>
            ${textList(texts.requirements.routesIn, this.prose)}
            <p class="subhead">${this.localize.term('qualifications')}</p>
            <p>${this.prose(texts.requirements.qualifications)}</p>`,
        );
      case 'training':
        return this.block('training', () => this.training(role));
      case 'prospects':
        return this.textBlock('prospects', role, (texts) => html`<p>${this.prose(texts.prospects)}</p>`);
      case 'questions':
        return this.textBlock('questions', role, (texts) => textList(texts.interviewQuestions, this.prose));
      case 'sources':
        return this.block('sources', () => this.sourcesList(role));
    }
  }

  /** A section: a disclosure for the long ones on a full card, a plain block otherwise. */
  private block(section: RoleCardSection, content: () => TemplateResult): TemplateResult {
    const title = this.localize.term(`section.${section}`);
    if (DISCLOSURE_SECTIONS.has(section)) {
      return html`<details part="section disclosure" class="section disclosure" data-section=${section} @toggle=${(event: Event) => this.handleToggle(section, event)}>
        <summary>${this.heading(1, title, 'section-heading')}</summary>
        <div class="disclosure-body">${this.openSections.has(section) || this.print.printing ? content() : nothing}</div>
      </details>`;
    }
    return html`<section part="section" class="section" data-section=${section}>
      ${this.heading(1, title, 'section-heading')} ${content()}
    </section>`;
  }

  /** The badge under the title: the part of the stack, or for roles outside it, their family. */
  private renderGroup(role: RoleFacts) {
    const group = roleGroupKey(role);
    return html`<p part="stack" class="stack"><span class="visually-hidden">${this.localize.term(group.kind === 'stack' ? 'partOfStack' : 'group')}: </span>${this.localize.term(group.key)}</p>`;
  }

  /** The apprenticeship standards in England that lead into the role, and its professional bodies. */
  private training(role: RoleFacts): TemplateResult {
    // Standards' titles and bodies' names are their own, in English: marked so.
    const link = (name: string, url?: string) => this.english(sourceName({ name, url, date: '' }));
    const term = this.localize.term;
    return html`<p class="subhead">${term('apprenticeships')}</p>
      ${role.apprenticeships?.length
        ? html`<ul class="list apprenticeships">
            ${role.apprenticeships.map((standard) => html`<li>${link(standard.title, standard.url)}${term('apprenticeshipLevel', standard.level, standard.reference)}</li>`)}
          </ul>`
        : html`<p>${term('noApprenticeship')}</p>`}
      ${role.professionalBodies?.length
        ? html`<p class="subhead">${term('professionalBodies')}</p>
            <ul class="list bodies">
              ${role.professionalBodies.map((body) => html`<li>${link(body.name, body.url)}</li>`)}
            </ul>`
        : nothing}`;
  }

  private sourcesList(role: RoleFacts) {
    const band = role.salary[this.regionCode];
    const quoted = role.quotedPay?.[this.regionCode];
    const rows: [string, Source, string?][] = [];
    const term = this.localize.term;
    if (band) rows.push([term('sourcePay', this.regionCode), band.source]);
    if (quoted) rows.push([term('sourceQuoted', this.regionCode), quoted.source, quoted.basis]);
    if (role.hours.typical) rows.push([term('typicalHours'), role.hours.typical.source, role.hours.typical.basis]);
    rows.push([term(role.hours.typical ? 'advertisedHours' : 'section.hours'), role.hours.source, role.hours.basis]);
    return html`<ul class="list sources">
      ${rows.map(
        ([what, source, basis]) => html`<li>
          ${what}:
          ${sourceName(source, this.said(source.name))},
          ${this.figureDate(source.date)}${basis ? [' (', this.said(basis), ')'] : ''}
        </li>`,
      )}
    </ul>`;
  }
}
