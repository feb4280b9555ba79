/**
 * Server-side rendering of any role-widgets element to static HTML with declarative shadow DOM,
 * for CMS pages that strip scripts. Runs in Node with Lit's DOM shim.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../elements/role-card/define.js';
import '../elements/role-compare/define.js';
import '../elements/role-finder/define.js';
import '../elements/salary-band/define.js';

export const RENDERABLE_TAGS = ['role-card', 'salary-band', 'role-compare', 'role-finder'] as const;
export type RenderableTag = (typeof RENDERABLE_TAGS)[number];

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function renderElement(tag: RenderableTag, attributes: Record<string, string>): string {
  if (!RENDERABLE_TAGS.includes(tag)) throw new Error(`Cannot render <${tag}>. Choose one of: ${RENDERABLE_TAGS.join(', ')}.`);
  for (const name of Object.keys(attributes)) {
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`"${name}" is not a valid attribute name.`);
  }
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  // Tag and attribute names are checked above, and values escaped, before they become markup.
  const markup = unsafeStatic(`<${tag}${attributeText ? ` ${attributeText}` : ''}></${tag}>`);
  return collectResultSync(render(html`${markup}`));
}
