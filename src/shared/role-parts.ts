import { html } from 'lit';
import { formatNumberRange } from '../catalogue/format.js';
import type { Hours, RoleFacts, Technology } from '../catalogue/schema.js';
import type { Term } from '../i18n/localize.js';

/** One of the catalogue's own phrases in the reader's language, or marked English (the base element's `said`). */
export type Say = (english: string) => unknown;

/** Pieces of a role that more than one element shows, so they read the same everywhere. */

/** A list of a role's texts; `prose` marks the English names in them (the base element's `prose`). */
export function textList(items: string[], prose: (text: string) => unknown = (text) => text) {
  return html`<ul class="list">${items.map((item) => html`<li>${prose(item)}</li>`)}</ul>`;
}

/** A technology as a tag, its label in the reader's language where it is an ordinary phrase; its kind is spoken, not shown. */
export function technologyTag(tech: Technology, term: Term, say: Say) {
  return html`<li part="tag" class="tag">${say(tech.name)}<span class="visually-hidden"> (${term(`kind.${tech.kind}`)})</span></li>`;
}

/** On-call, customer contact and where the work happens, as a definition list. */
export function environmentFacts(environment: RoleFacts['environment'], term: Term) {
  return html`<dl class="facts">
    <div><dt>${term('onCall')}</dt><dd>${term(`level.${environment.onCall}`)}</dd></div>
    <div><dt>${term('customerContact')}</dt><dd>${term(`level.${environment.customerContact}`)}</dd></div>
    <div><dt>${term('where')}</dt><dd>${environment.workplaces.map((w) => term(`workplace.${w}`)).join(', ') || '—'}</dd></div>
  </dl>`;
}

/**
 * "Typically 37.5 hours a week; job adverts say 37–45 hours a week (plus on-call time; an
 * estimate)"; without the unit where a heading already says "Hours a week".
 */
export function hoursText(hours: Hours, locale: string, term: Term, say: Say, { unit = true } = {}) {
  const range = (min: number, max: number) => (unit ? term('hoursRange', formatNumberRange(min, max, locale)) : formatNumberRange(min, max, locale));
  const extras = [hours.note ? say(hours.note) : undefined, hours.estimate ? term('anEstimate') : undefined].filter(Boolean);
  // The brackets and separators are values, not template text: the build's template minifier trims a nested template's leading space ("37–40(an estimate)").
  const advertised = html`${range(hours.min, hours.max)}${extras.length ? [' (', ...extras.flatMap((extra, index) => (index ? ['; ', extra] : [extra])), ')'] : ''}`;
  if (!hours.typical) return advertised;
  const typical = `${range(hours.typical.hours, hours.typical.hours)}${hours.typical.estimate ? ` (${term('anEstimate')})` : ''}`;
  // The message is written with stand-ins for the two parts, so the note can keep its own `lang`.
  return html`${term('hoursTypical', '\u0001', '\u0002')
    .split(/(\u0001|\u0002)/)
    .map((piece) => (piece === '\u0001' ? typical : piece === '\u0002' ? advertised : piece))}`;
}
