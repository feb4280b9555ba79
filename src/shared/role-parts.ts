import { html } from 'lit';
import { LEVEL_LABELS, TECHNOLOGY_KIND_LABELS, WORKPLACE_LABELS } from '../catalogue/labels.js';
import type { RoleFacts, Technology } from '../catalogue/schema.js';

/** Pieces of a role that more than one element shows, so they read the same everywhere. */

export function textList(items: string[]) {
  return html`<ul class="list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
}

/** A technology as a tag; its kind is spoken, not shown. */
export function technologyTag(tech: Technology) {
  return html`<li part="tag" class="tag">${tech.name}<span class="visually-hidden"> (${TECHNOLOGY_KIND_LABELS[tech.kind]})</span></li>`;
}

/** On-call, customer contact and where the work happens, as a definition list. */
export function environmentFacts(environment: RoleFacts['environment']) {
  return html`<dl class="facts">
    <div><dt>On-call</dt><dd>${LEVEL_LABELS[environment.onCall]}</dd></div>
    <div><dt>Customer contact</dt><dd>${LEVEL_LABELS[environment.customerContact]}</dd></div>
    <div><dt>Where</dt><dd>${environment.workplaces.map((w) => WORKPLACE_LABELS[w]).join(', ') || '—'}</dd></div>
  </dl>`;
}
