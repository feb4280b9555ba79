/**
 * Server-side rendering of any role-widgets element to static HTML with declarative shadow DOM,
 * for CMS pages that strip scripts. Runs in Node with Lit's DOM shim.
 */
import { html, unsafeStatic } from 'lit/static-html.js';
import '../elements/role-card/define.js';
import '../elements/role-compare/define.js';
import '../elements/role-finder/define.js';
import '../elements/salary-band/define.js';
import { loadLanguage, setServerLanguage } from '../i18n/localize.js';

export const RENDERABLE_TAGS = ['role-card', 'salary-band', 'role-compare', 'role-finder'] as const;
export type RenderableTag = (typeof RENDERABLE_TAGS)[number];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Lit's server renderer is an optional peer dependency: a browser install of role-widgets does not
 * need it, so it is loaded only when something is rendered, with a clear message when it is missing.
 */
async function serverRenderer() {
  try {
    const [{ render }, { collectResultSync }] = await Promise.all([import('@lit-labs/ssr'), import('@lit-labs/ssr/lib/render-result.js')]);
    return { render, collectResultSync };
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error('Rendering needs Lit’s server renderer, an optional dependency of role-widgets. Install it beside role-widgets: npm install --save-dev @lit-labs/ssr');
  }
}

/**
 * Renders an element to static HTML. `lang` (or a `lang` attribute) renders it in that language:
 * its messages (Welsh is built in; others come from registerMessages) and its figures.
 */
export async function renderElement(tag: RenderableTag, attributes: Record<string, string>, { lang }: { lang?: string } = {}): Promise<string> {
  if (lang) attributes = { ...attributes, lang };
  if (!RENDERABLE_TAGS.includes(tag)) throw new Error(`Cannot render <${tag}>. Choose one of: ${RENDERABLE_TAGS.join(', ')}.`);
  for (const name of Object.keys(attributes)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`"${name}" is not a valid attribute name.`);
  }
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  // Tag and attribute names are checked above, and values escaped, before they become markup.
  const markup = unsafeStatic(`<${tag}${attributeText ? ` ${attributeText}` : ''}></${tag}>`);
  const { render, collectResultSync } = await serverRenderer();
  // Nested elements (a card's band) cannot read the host's lang on a server: they are told it here.
  setServerLanguage(attributes.lang);
  try {
    if (attributes.lang) await loadLanguage(attributes.lang);
    return collectResultSync(render(html`${markup}`));
  } finally {
    setServerLanguage(undefined);
  }
}
