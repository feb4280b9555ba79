import { css } from 'lit';
import { baseStyles, controlStyles, rolePartStyles } from '../../shared/styles.js';

export const roleCardStyles = [
  baseStyles,
  rolePartStyles,
  controlStyles,
  css`
    :host {
      container-type: inline-size;
      --_pad: var(--rw-card-padding, 1rem);
      --_tag: var(--rw-tag-background, color-mix(in srgb, currentColor 8%, transparent));
    }
    /* minmax(0, 1fr): long text wraps inside the card, never widens it (WebKit sizes auto columns by open disclosures). */
    .card,
    .header,
    .body {
      grid-template-columns: minmax(0, 1fr);
    }
    .card {
      display: grid;
      gap: 0.875rem;
      padding: var(--_pad);
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
      background: var(--rw-card-background, transparent);
    }
    .header {
      display: grid;
      gap: 0.25rem;
    }
    /* Heading sizes are fixed here whatever the level, so the host's outline never changes the look. */
    .title {
      margin: 0;
      font-size: 1.375em;
      line-height: 1.25;
      font-weight: 700;
      color: inherit;
    }
    .section-heading {
      margin: 0 0 0.375rem;
      font-size: 1em;
      line-height: 1.3;
      font-weight: 700;
      color: inherit;
    }
    .aliases,
    .match-note,
    .more {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .stack {
      margin: 0;
      justify-self: start;
      padding: 0.0625rem 0.5rem;
      border: 1px solid var(--_accent);
      border-radius: 999px;
      font-size: 0.8125em;
      font-weight: 600;
    }
    .lede,
    .section p {
      margin: 0;
    }
    .body {
      display: grid;
      gap: 0.875rem;
      grid-auto-flow: row dense;
    }
    .section {
      min-width: 0;
    }
    .subhead {
      margin: 0.5rem 0 0.125rem;
      font-weight: 600;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
      margin: 0.5rem 0 0;
    }
    .facts dt {
      font-size: 0.8125em;
    }
    .disclosure {
      border-top: 1px solid var(--_line);
      padding-top: 0.5rem;
    }
    .disclosure summary {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      cursor: pointer;
      list-style: none;
      border-radius: 0.25rem;
    }
    .disclosure summary::-webkit-details-marker {
      display: none;
    }
    .disclosure summary::before {
      /* A chevron drawn with borders: it turns when open, so state is shown by shape as well as by words. */
      content: '';
      flex: none;
      width: 0.5rem;
      height: 0.5rem;
      border-inline-end: 2px solid currentColor;
      border-bottom: 2px solid currentColor;
      rotate: -45deg;
      transition: rotate 0.15s ease;
    }
    .disclosure[open] summary::before {
      rotate: 45deg;
    }
    .disclosure summary .section-heading {
      margin: 0;
    }
    .disclosure-body {
      padding: 0.5rem 0 0 1rem;
    }
    /* The card's title already names the role; the band's own label only adds the region. */
    salary-band::part(label) {
      font-weight: normal;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .sources {
      font-size: 0.8125em;
      color: var(--_muted);
    }
    .sources a,
    .apprenticeships a,
    .bodies a {
      color: inherit;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    @container (min-width: 600px) {
      .full .body,
      .compact .body {
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        column-gap: 1.5rem;
      }
      .body > * {
        grid-column: 1 / -1;
      }
      .body > [data-section='pay'] {
        grid-column: 1;
      }
      .body > [data-section='hours'] {
        grid-column: 2;
      }
      .title {
        font-size: 1.625em;
      }
    }
    @container (max-width: 300px) {
      .card {
        --_pad: var(--rw-card-padding, 0.75rem);
      }
      .disclosure-body {
        padding-inline-start: 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .disclosure summary::before {
        transition: none;
      }
    }
    /* On paper every section is open (see PrintController) and buttons do nothing: they are left off. */
    @media print {
      [part~='expand'],
      .disclosure summary::before {
        display: none;
      }
    }
    @media (forced-colors: active) {
      .card,
      .stack {
        border-color: CanvasText;
      }
      .disclosure summary::before {
        border-color: CanvasText;
      }
    }
  `,
];
