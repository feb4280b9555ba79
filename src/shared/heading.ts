import type { TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { nothing } from 'lit';

const TAGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

export function isHeadingLevel(level: unknown): level is number {
  return Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 6;
}

/**
 * A real heading element at a level the host page chooses, so widgets fit its outline. Levels
 * past 6 stay at 6, as HTML has no deeper heading.
 */
export function heading(level: number, content: unknown, options: { part: string; id?: string }): TemplateResult {
  const tag = TAGS[Math.min(Math.max(level, 1), 6) - 1];
  return staticHtml`<${tag} part=${options.part} class=${options.part} id=${options.id ?? nothing}>${content}</${tag}>`;
}
