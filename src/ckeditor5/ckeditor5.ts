/**
 * role-widgets in CKEditor 5 (the rich-text editor of Drupal 10 and 11 and of many other CMSs):
 * `import { RoleWidgets } from 'role-widgets/ckeditor5'` and add it to the editor's plugins, and
 * 'insertRole' to its toolbar.
 *
 * CKEditor 5 drops every element it has no converter for, whatever a site allows, so each element
 * is a widget in the editor's model here: its documented attributes (custom-elements.json, through
 * attributes.generated.ts) are model attributes, its fallback content is ordinary editable text
 * inside it, and any other attribute is dropped on the way in. In the editor each widget shows the
 * element itself, live, above its fallback text.
 */
import { Command, Plugin, Widget, createDropdown, toWidget, toWidgetEditable } from 'ckeditor5';
import type { ViewDowncastWriter as DowncastWriter, Editor, ModelElement, ModelSchemaContext, ModelSchemaChildCheckCallback, ViewElement } from 'ckeditor5';
// Registers every element with the bundled catalogue: the widgets' previews render with it, and the
// insert form lists its roles.
import '../role-widgets.js';
import { bundledCatalogue } from '../catalogue/bundled.js';
import { groupRoles } from '../catalogue/groups.js';
import { loadLanguage, translate } from '../i18n/localize.js';
import { ELEMENT_ATTRIBUTES, type AttributeSpec } from './attributes.generated.js';
import { InsertRoleFormView, type RoleChoice, type WidgetSettings } from './insert-form.js';
import { PLUGIN_MESSAGES, type PluginMessageKey } from './messages.js';

/** The elements the plugin keeps, by tag. */
export const ROLE_WIDGET_TAGS = Object.keys(ELEMENT_ATTRIBUTES);

const CATALOGUE = 'role-catalogue';
const modelName = (tag: string) => `roleWidget${tag.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
const attributeKey = (name: string) => `roleWidgets:${name}`;
const TAG_OF = new Map(ROLE_WIDGET_TAGS.map((tag) => [modelName(tag), tag]));

/** A URL scheme that runs code or embeds a document, whatever the attribute: never kept. */
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;

/**
 * The value an element is given for an attribute, or undefined to drop it: a switch is present
 * (''), a number must be one, a list takes only its values, and text may not be a script URL.
 */
export function keptValue(spec: AttributeSpec, raw: string): string | undefined {
  if (spec.kind === 'boolean') return '';
  const value = raw.trim();
  if (spec.values) return spec.values.find((allowed) => allowed === value.toLowerCase());
  if (spec.kind === 'number') return /^-?\d+(?:\.\d+)?$/.test(value.replaceAll('_', '')) ? value.replaceAll('_', '') : undefined;
  // Browsers ignore control characters and spaces in a URL's scheme ("java\tscript:").
  if (UNSAFE_URL.test(value.replace(/[\u0000-\u0020\u007f]+/g, ''))) return undefined;
  return value === '' ? undefined : raw;
}

/** The element's attributes, by markup name, from a widget in the model. */
function elementAttributes(element: ModelElement): Record<string, string> {
  const tag = TAG_OF.get(element.name)!;
  const attributes: Record<string, string> = {};
  for (const name of Object.keys(ELEMENT_ATTRIBUTES[tag])) {
    const value = element.getAttribute(attributeKey(name));
    if (typeof value === 'string') attributes[name] = value;
  }
  return attributes;
}

/** The role widget the selection is on, if any. */
export function selectedRoleWidget(editor: Editor): ModelElement | undefined {
  const element = editor.model.document.selection.getSelectedElement();
  return element && TAG_OF.has(element.name) ? element : undefined;
}

/** Words in the editor's interface language: the plugin's own, else the elements'. */
export type PluginTerm = (key: PluginMessageKey | string) => string;
function termsFor(language: string): PluginTerm {
  const own: Record<string, string> = language === 'cy' ? PLUGIN_MESSAGES.cy : PLUGIN_MESSAGES.en;
  return (key) => own[key] ?? (PLUGIN_MESSAGES.en as Record<string, string>)[key] ?? translate(language, key, []);
}
const baseLanguage = (tag: string | undefined) => (tag ?? 'en').toLowerCase().split('-')[0];

/**
 * Converters and schema: each element a block widget whose documented attributes are model
 * attributes and whose children (fallback text, or the elements a site catalogue wraps) stay
 * editable. Loaded by RoleWidgets; usable alone for a read-only or data-only editor.
 */
export class RoleWidgetsEditing extends Plugin {
  static get pluginName() {
    return 'RoleWidgetsEditing' as const;
  }

  static get requires() {
    return [Widget] as const;
  }

  init(): Promise<unknown> | void {
    const editor = this.editor;
    const language = baseLanguage(editor.locale.uiLanguage);
    const term = termsFor(language);

    for (const tag of ROLE_WIDGET_TAGS) {
      const keys = Object.keys(ELEMENT_ATTRIBUTES[tag]).map(attributeKey);
      editor.model.schema.register(modelName(tag), {
        inheritAllFrom: '$blockObject',
        // Fallback paragraphs, or the elements a catalogue wraps: what a page's root may hold.
        allowContentOf: '$root',
        allowAttributes: keys,
      });
      this.convert(tag, keys, term, language);
    }
    // A site catalogue wraps other elements; nothing else holds an element, and catalogues do not nest.
    const noNesting: ModelSchemaChildCheckCallback = (context: ModelSchemaContext, definition) => {
      if (!TAG_OF.has(definition.name)) return;
      const holders = [...context].filter((item) => TAG_OF.has(item.name));
      if (holders.some((item) => item.name !== modelName(CATALOGUE)) || (holders.length && definition.name === modelName(CATALOGUE))) return false;
    };
    editor.model.schema.addChildCheck(noNesting);

    editor.commands.add('insertRoleWidget', new InsertRoleWidgetCommand(editor));
    // The form's words in Welsh arrive with the elements' Welsh messages.
    if (baseLanguage(editor.locale.uiLanguage) !== 'en') return loadLanguage(editor.locale.uiLanguage);
  }

  private convert(tag: string, keys: string[], term: PluginTerm, language: string) {
    const editor = this.editor;
    const spec = ELEMENT_ATTRIBUTES[tag];
    const name = modelName(tag);

    // In: the element with its documented attributes only, each value checked (keptValue).
    editor.conversion.for('upcast').elementToElement({
      view: tag,
      model: (view: ViewElement, { writer }) => {
        const attributes: Record<string, string> = {};
        for (const [key, value] of view.getAttributes()) {
          const documented = spec[key];
          const kept = documented && keptValue(documented, String(value));
          if (kept !== undefined && documented) attributes[attributeKey(key)] = kept;
        }
        return writer.createElement(name, attributes);
      },
    });

    const markup = (element: ModelElement) => elementAttributes(element);

    // Out: the element and its children, nothing added. An empty element stays empty (no &nbsp;).
    editor.conversion.for('dataDowncast').elementToStructure({
      model: { name, attributes: keys },
      view: (element, { writer }) => {
        const view = writer.createContainerElement(tag, markup(element), [writer.createSlot()]);
        view.getFillerOffset = () => null;
        return view;
      },
    });

    // In the editor: a label, the element itself (live), and its children as editable text.
    editor.conversion.for('editingDowncast').elementToStructure({
      model: { name, attributes: keys },
      view: (element, { writer }) => {
        const attributes = markup(element);
        const label = widgetLabel(tag, attributes, term, language);
        const children = writer.createEditableElement('div', { class: 'role-widgets-ck__children' });
        writer.insert(writer.createPositionAt(children, 0), writer.createSlot());
        toWidgetEditable(children, writer, { label: term(tag === CATALOGUE ? 'contents' : 'fallback') });
        // A site catalogue is live around its children, so the elements it wraps preview its roles.
        const body = tag === CATALOGUE ? writer.createContainerElement(CATALOGUE, { ...attributes, diagnostics: '' }, [children]) : [preview(writer, tag, attributes), children];
        const widget = writer.createContainerElement('div', { class: 'role-widgets-ck', 'data-role-widget': tag }, [caption(writer, label), body].flat());
        return toWidget(widget, writer, { label });
      },
    });
  }
}

/** A role's title in a language, else in English; an id the catalogue lacks as it was written. */
function roleTitle(id: string, language: string): string {
  const role = bundledCatalogue.roles.find((candidate) => candidate.id === id);
  return role ? (role.translations?.[language]?.title ?? role.title) : id;
}

/** "Role card: Back-end developer": what the widget is, for its caption and for screen readers, in the editor's language. */
function widgetLabel(tag: string, attributes: Record<string, string>, term: PluginTerm, language: string): string {
  const ids = (attributes['role-id'] ?? attributes.roles ?? '').split(/[\s,]+/).filter(Boolean);
  const titles = ids.map((id) => roleTitle(id, language));
  return titles.length ? `${term(`element.${tag}`)}: ${titles.join(', ')}` : term(`element.${tag}`);
}

function caption(writer: DowncastWriter, text: string) {
  return writer.createUIElement('div', { class: 'role-widgets-ck__caption' }, function (domDocument) {
    const dom = this.toDomElement(domDocument);
    dom.textContent = text;
    return dom;
  });
}

/**
 * The element itself, rendered by the page's role-widgets: what readers will see, with the
 * editors' diagnostics (a wrong role id is named). Its events are its own (data-cke-ignore-events),
 * so an editor can open a compact card or try the finder's filters. Attributes are set one by one
 * from the kept values: no markup is parsed.
 */
function preview(writer: DowncastWriter, tag: string, attributes: Record<string, string>) {
  return writer.createRawElement('div', { class: 'role-widgets-ck__preview', 'data-cke-ignore-events': 'true' }, (dom) => {
    const live = dom.ownerDocument.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) live.setAttribute(name, value);
    live.setAttribute('diagnostics', '');
    dom.replaceChildren(live);
  });
}

/** Inserts an element, or changes the selected one of the same kind. */
export class InsertRoleWidgetCommand extends Command {
  declare value: WidgetSettings | undefined;

  override refresh() {
    const selected = selectedRoleWidget(this.editor);
    this.value = selected ? { tag: TAG_OF.get(selected.name)!, attributes: elementAttributes(selected) } : undefined;
    const position = this.editor.model.document.selection.getFirstPosition();
    this.isEnabled = !!position && (!!selected || this.editor.model.schema.findAllowedParent(position, modelName('role-card')) !== null);
  }

  /** `attributes` by markup name; each is checked as on the way in, and those not given are removed. `fallback`: paragraphs of text for a new element. */
  override execute({ tag, attributes, fallback = [] }: WidgetSettings & { fallback?: string[] }) {
    const spec = ELEMENT_ATTRIBUTES[tag];
    if (!spec) throw new Error(`role-widgets: <${tag}> is not an element the plugin knows`);
    const kept: Record<string, string> = {};
    for (const [name, value] of Object.entries(attributes)) {
      const value_ = spec[name] && keptValue(spec[name], value);
      if (value_ !== undefined) kept[attributeKey(name)] = value_;
    }
    const model = this.editor.model;
    model.change((writer) => {
      const selected = selectedRoleWidget(this.editor);
      if (selected && selected.name === modelName(tag)) {
        for (const name of Object.keys(spec)) {
          const key = attributeKey(name);
          if (key in kept) writer.setAttribute(key, kept[key], selected);
          else writer.removeAttribute(key, selected);
        }
        return;
      }
      const element = writer.createElement(modelName(tag), kept);
      for (const text of fallback) {
        const paragraph = writer.createElement('paragraph');
        writer.insertText(text, paragraph);
        writer.append(paragraph, element);
      }
      model.insertObject(element, null, null, { setSelection: 'on' });
    });
  }
}

/**
 * The "Insert role" toolbar button ('insertRole'): a form with the catalogue's roles, grouped as
 * the catalogue groups them (as in the WordPress blocks' sidebar), and each element's options.
 * With a widget selected, the form shows its settings and changes them.
 */
export class RoleWidgetsUI extends Plugin {
  static get pluginName() {
    return 'RoleWidgetsUI' as const;
  }

  static get requires() {
    return [RoleWidgetsEditing] as const;
  }

  init() {
    const editor = this.editor;
    const language = baseLanguage(editor.locale.uiLanguage);
    const contentLanguage = baseLanguage(editor.locale.contentLanguage);
    const term = termsFor(language);
    const roles = bundledCatalogue.roles;
    // The form speaks the editor's language; the fallback text it inserts is in the content's.
    const choices: RoleChoice = {
      groups: groupRoles(roles).map((group) => ({ label: term(group.key) === group.key ? group.label : term(group.key), roles: group.roles.map((role) => ({ id: role.id, title: roleTitle(role.id, language) })) })),
      regions: [...new Set(roles.flatMap((role) => Object.keys(role.salary ?? {})))],
    };

    editor.ui.componentFactory.add('insertRole', (locale) => {
      const command = editor.commands.get('insertRoleWidget') as InsertRoleWidgetCommand;
      const dropdown = createDropdown(locale);
      dropdown.buttonView.set({ label: term('insertRole'), withText: true, tooltip: true });
      dropdown.bind('isEnabled').to(command, 'isEnabled');
      dropdown.class = 'role-widgets-ck-insert';
      let form: InsertRoleFormView | undefined;
      dropdown.on('change:isOpen', (_event, _name, open) => {
        if (!open) return;
        // Made on first opening: an editor that never inserts a role builds no form.
        if (!form) {
          form = new InsertRoleFormView(locale, term, choices);
          form.on('submit', (_evt, settings: WidgetSettings) => {
            const picked = [settings.attributes['role-id'], ...(settings.attributes.roles ?? '').split(',')].filter(Boolean);
            const fallback = picked.filter((id) => roles.some((role) => role.id === id)).map((id) => roleTitle(id, contentLanguage));
            editor.execute('insertRoleWidget', { ...settings, fallback: fallback.length ? [fallback.join(', ')] : [] });
            dropdown.isOpen = false;
            editor.editing.view.focus();
          });
          form.on('cancel', () => {
            dropdown.isOpen = false;
            editor.editing.view.focus();
          });
          dropdown.panelView.children.add(form);
        }
        form.show(command.value);
      });
      return dropdown;
    });
  }
}

/** The plugin to add: converters, the widgets and the "Insert role" button. */
export class RoleWidgets extends Plugin {
  static get pluginName() {
    return 'RoleWidgets' as const;
  }

  static get requires() {
    return [RoleWidgetsEditing, RoleWidgetsUI] as const;
  }
}

export { ELEMENT_ATTRIBUTES, type AttributeSpec } from './attributes.generated.js';
export type { WidgetSettings } from './insert-form.js';
