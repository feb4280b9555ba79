import { html } from 'lit';
import type { Source } from '../catalogue/schema.js';

/**
 * A figure's source, linked when it has a web address; `name` is its name as the reader reads it
 * (in their language, or marked English). The scheme is checked again here, not
 * only by the validator, because a catalogue assigned by script may skip validation.
 */
export function sourceName(source: Source, name: unknown = source.name) {
  return source.url && /^https?:\/\//i.test(source.url)
    ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${name}</a>`
    : name;
}
