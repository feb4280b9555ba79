import { View } from 'ckeditor5';
import type { Locale } from 'ckeditor5';
import { ROLE_CARD_SECTIONS } from '../elements/role-card/role-card.js';
import { COMPARE_ROWS } from '../elements/role-compare/role-compare.js';
import { ELEMENT_ATTRIBUTES } from './attributes.generated.js';
import type { PluginTerm } from './ckeditor5.js';

/** An element and its attributes by markup name, as the insert command takes them. */
export interface WidgetSettings {
  tag: string;
  attributes: Record<string, string>;
}

/** What the form offers: the catalogue's roles in its groups, and the regions it has pay for. */
export interface RoleChoice {
  groups: { label: string; roles: { id: string; title: string }[] }[];
  regions: string[];
}

/** The elements an editor inserts (a site catalogue is written by hand, as in the WordPress plugin). */
const INSERTABLE = ['role-card', 'salary-band', 'role-compare', 'role-finder'] as const;
const MAX_COMPARED = 4;

/** The attributes the form sets, by element; any other attribute of a changed element is kept as it was. */
const FORM_ATTRIBUTES: Record<string, string[]> = {
  'role-card': ['role-id', 'variant', 'sections', 'region', 'heading-level'],
  'salary-band': ['role-id', 'period', 'value', 'value-max', 'value-label', 'full-figures', 'region'],
  'role-compare': ['roles', 'rows', 'differences-only', 'region', 'heading-level'],
  'role-finder': ['sync-url', 'region', 'heading-level'],
};

let formCount = 0;

/**
 * The insert form, in the toolbar button's panel: native form controls (a grouped <select>, check
 * boxes, number fields), each with its label, shown for the elements that take them. The options are
 * the WordPress sidebar's: role or roles, layout and sections, pay period and this job's pay, rows,
 * the finder's address option, pay region and heading level.
 *
 * @fires submit - With the element and attributes chosen ({@link WidgetSettings}).
 * @fires cancel - When the editor closes the form without inserting.
 */
export class InsertRoleFormView extends View<HTMLFormElement> {
  private readonly id = `role-widgets-ck-${++formCount}`;
  private existing: WidgetSettings | undefined;
  private chosenRoles: string[] = [];

  constructor(
    locale: Locale,
    private readonly term: PluginTerm,
    private readonly choices: RoleChoice,
  ) {
    super(locale);
    this.setTemplate({ tag: 'form', attributes: { class: ['role-widgets-ck-form'], 'aria-label': term('form'), novalidate: true } });
  }

  override render() {
    super.render();
    const form = this.element!;
    const { term, choices } = this;
    const field = (key: string, tags: string, control: HTMLElement, help?: string) => {
      const wrap = this.make('div', { class: 'role-widgets-ck-form__field', 'data-for': tags });
      const label = this.make('label', { for: `${this.id}-${key}` }, term(key));
      control.id = `${this.id}-${key}`;
      control.setAttribute('name', key);
      wrap.append(label, control);
      if (help) {
        const hint = this.make('p', { class: 'role-widgets-ck-form__help', id: `${this.id}-${key}-help` }, help);
        control.setAttribute('aria-describedby', hint.id);
        wrap.append(hint);
      }
      return wrap;
    };
    const select = (options: [string, string][]) => {
      const element = this.make('select');
      for (const [value, text] of options) element.append(this.make('option', { value }, text));
      return element;
    };
    const checklist = (key: string, tags: string, names: readonly string[], label: (name: string) => string) => {
      const set = this.make('fieldset', { class: 'role-widgets-ck-form__list', 'data-for': tags, 'data-name': key });
      set.append(this.make('legend', {}, term(key)));
      for (const name of names) set.append(this.checkbox(`${key}-${name}`, label(name), name));
      return set;
    };
    const toggle = (key: string, tags: string) => {
      const wrap = this.make('div', { class: 'role-widgets-ck-form__field', 'data-for': tags });
      wrap.append(this.checkbox(key, term(key), 'on'));
      return wrap;
    };

    const element = select(INSERTABLE.map((tag) => [tag, term(`element.${tag}`)]));
    const role = this.make('select');
    role.append(this.make('option', { value: '' }, term('chooseRole')));
    for (const group of choices.groups) {
      const optgroup = this.make('optgroup', { label: group.label });
      for (const entry of group.roles) optgroup.append(this.make('option', { value: entry.id }, entry.title));
      role.append(optgroup);
    }
    const roles = this.make('fieldset', { class: 'role-widgets-ck-form__list', 'data-for': 'role-compare', 'data-name': 'roles' });
    roles.append(this.make('legend', {}, term('rolesToCompare')));
    for (const group of choices.groups) {
      roles.append(this.make('p', { class: 'role-widgets-ck-form__group' }, group.label));
      for (const entry of group.roles) roles.append(this.checkbox(`role-${entry.id}`, entry.title, entry.id));
    }
    const number = () => this.make('input', { type: 'number', min: '0', inputmode: 'decimal' });
    const status = this.make('p', { class: 'role-widgets-ck-form__status', role: 'alert' });
    const buttons = this.make('div', { class: 'role-widgets-ck-form__buttons' });
    const submit = this.make('button', { type: 'submit', class: 'ck ck-button ck-button-action role-widgets-ck-form__submit' }, term('insert'));
    const cancel = this.make('button', { type: 'button', class: 'ck ck-button' }, term('cancel'));
    buttons.append(submit, cancel);

    const values = (name: string) => ELEMENT_ATTRIBUTES['role-card'][name]?.values ?? [];
    const periods = ELEMENT_ATTRIBUTES['salary-band'].period?.values ?? [];
    form.append(
      field('element', INSERTABLE.join(' '), element),
      field('role', 'role-card salary-band', role),
      roles,
      field('layout', 'role-card', select(values('variant').map((variant) => [variant, term(`variant.${variant}`)]).reverse() as [string, string][])),
      checklist('sections', 'role-card', ROLE_CARD_SECTIONS, (name) => term(`section.${name}`)),
      field('payPer', 'salary-band', select(periods.map((period) => [period, term(`per.${period}`)]))),
      field('value', 'salary-band', number(), term('valueHelp')),
      field('valueMax', 'salary-band', number()),
      field('valueLabel', 'salary-band', this.make('input', { type: 'text', maxlength: '60', placeholder: term('thisJob') })),
      toggle('fullFigures', 'salary-band'),
      checklist('rows', 'role-compare', COMPARE_ROWS, (name) => term(`row.${name}`)),
      toggle('differencesOnly', 'role-compare'),
      toggle('syncUrl', 'role-finder'),
      field('region', INSERTABLE.join(' '), select([['', term('defaultRegion')], ...choices.regions.map((code): [string, string] => [code, term(`region.${code}`)])])),
      field('headingLevel', 'role-card role-compare role-finder', select([['', term('defaultHeading')], ...[1, 2, 3, 4, 5, 6].map((level): [string, string] => [String(level), `H${level}`])])),
      status,
      buttons,
    );

    element.addEventListener('change', () => this.showFieldsFor(element.value));
    roles.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      this.chosenRoles = box.checked ? [...this.chosenRoles, box.value] : this.chosenRoles.filter((id) => id !== box.value);
      this.limitRoles();
    });
    cancel.addEventListener('click', () => this.fire('cancel'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const settings = this.read();
      const problem = settings.tag === 'role-compare' ? (this.chosenRoles.length < 2 ? 'needRoles' : '') : FORM_ATTRIBUTES[settings.tag].includes('role-id') && !settings.attributes['role-id'] ? 'needRole' : '';
      status.textContent = problem ? term(problem) : '';
      if (!problem) this.fire('submit', settings);
    });
  }

  /** Where the toolbar's panel puts focus when it opens: the first field. */
  focus() {
    this.element?.querySelector('select')?.focus();
  }

  /** Fills the form for a new element, or with the selected element's settings. */
  show(value: WidgetSettings | undefined) {
    this.existing = value;
    const form = this.element!;
    form.reset();
    const control = <T extends HTMLElement>(name: string) => form.querySelector<T>(`[name="${name}"]`)!;
    const tag = value && value.tag in FORM_ATTRIBUTES ? value.tag : 'role-card';
    const a = value?.attributes ?? {};
    control<HTMLSelectElement>('element').value = tag;
    control<HTMLSelectElement>('role').value = a['role-id'] ?? '';
    this.chosenRoles = (a.roles ?? '').split(/[\s,]+/).filter((id) => form.querySelector(`[name="${CSS.escape(`role-${id}`)}"]`));
    for (const id of this.chosenRoles) this.tick(`role-${id}`);
    this.limitRoles();
    control<HTMLSelectElement>('layout').value = a.variant ?? 'full';
    for (const name of (a.sections ?? '').split(/[\s,]+/).filter(Boolean)) this.tick(`sections-${name}`);
    for (const name of (a.rows ?? '').split(/[\s,]+/).filter(Boolean)) this.tick(`rows-${name}`);
    control<HTMLSelectElement>('payPer').value = a.period ?? 'year';
    control<HTMLInputElement>('value').value = a.value ?? '';
    control<HTMLInputElement>('valueMax').value = a['value-max'] ?? '';
    control<HTMLInputElement>('valueLabel').value = a['value-label'] ?? '';
    control<HTMLInputElement>('fullFigures').checked = 'full-figures' in a;
    control<HTMLInputElement>('differencesOnly').checked = 'differences-only' in a;
    control<HTMLInputElement>('syncUrl').checked = 'sync-url' in a;
    control<HTMLSelectElement>('region').value = a.region ?? '';
    control<HTMLSelectElement>('headingLevel').value = a['heading-level'] ?? '';
    form.querySelector('.role-widgets-ck-form__submit')!.textContent = this.term(value ? 'update' : 'insert');
    form.querySelector('[role=alert]')!.textContent = '';
    this.showFieldsFor(tag);
    control<HTMLSelectElement>('element').focus();
  }

  /** The chosen element and its attributes; a changed element keeps the attributes the form does not set. */
  private read(): WidgetSettings {
    const form = this.element!;
    const value = (name: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!.value.trim();
    const on = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.checked;
    const ticked = (list: string) => [...form.querySelectorAll<HTMLInputElement>(`[data-name="${list}"] input:checked`)].map((box) => box.value);
    const tag = value('element');
    const chosen: Record<string, string> = {
      'role-id': value('role'),
      roles: this.chosenRoles.join(','),
      variant: value('layout') === 'full' ? '' : value('layout'),
      sections: ticked('sections').join(','),
      period: value('payPer') === 'year' ? '' : value('payPer'),
      value: value('value'),
      'value-max': value('valueMax'),
      'value-label': value('valueLabel'),
      'full-figures': on('fullFigures') ? 'on' : '',
      rows: ticked('rows').join(','),
      'differences-only': on('differencesOnly') ? 'on' : '',
      'sync-url': on('syncUrl') ? 'on' : '',
      region: value('region'),
      'heading-level': value('headingLevel'),
    };
    const managed = FORM_ATTRIBUTES[tag];
    const attributes = Object.fromEntries(Object.entries(this.existing?.tag === tag ? this.existing.attributes : {}).filter(([name]) => !managed.includes(name)));
    for (const name of managed) if (chosen[name]) attributes[name] = chosen[name];
    return { tag, attributes };
  }

  private showFieldsFor(tag: string) {
    for (const wrap of this.element!.querySelectorAll<HTMLElement>('[data-for]')) wrap.hidden = !wrap.dataset.for!.split(' ').includes(tag);
  }

  /** At most four roles compared: the other boxes are disabled once four are ticked. */
  private limitRoles() {
    for (const box of this.element!.querySelectorAll<HTMLInputElement>('[data-name="roles"] input')) box.disabled = !box.checked && this.chosenRoles.length >= MAX_COMPARED;
  }

  private tick(name: string) {
    const box = this.element!.querySelector<HTMLInputElement>(`[name="${CSS.escape(name)}"]`);
    if (box) box.checked = true;
  }

  private checkbox(name: string, text: string, value: string) {
    const label = this.make('label', { class: 'role-widgets-ck-form__check' });
    const box = this.make('input', { type: 'checkbox', name, value });
    label.append(box, ` ${text}`);
    return label;
  }

  private make<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
    if (text !== undefined) element.textContent = text;
    return element;
  }
}
