import { css } from 'lit';
import { baseStyles } from '../../shared/styles.js';

export const salaryBandStyles = [
  baseStyles,
  css`
    :host {
      --_band: var(--rw-band-color, var(--_accent));
      --_track: var(--rw-band-track-color, color-mix(in srgb, currentColor 14%, transparent));
      --_marker: var(--rw-marker-color, currentColor);
      /* 3:1 against light and dark pages alike, as a thin line needs. */
      --_whisker: var(--rw-whisker-color, color-mix(in srgb, currentColor 70%, transparent));
      --_height: var(--rw-band-height, 0.75rem);
      container-type: inline-size;
    }
    /* The same height loading, drawn or without a role (role-widgets.css reserves it before the script runs). */
    :host([variant='compact']) {
      min-height: 4.25rem;
    }
    /* minmax(0, 1fr): WebKit sizes an auto column by an open disclosure's longest line; the band must never widen. */
    .band {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.25rem;
    }
    .headline {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 0.75rem;
    }
    /* min-width: 0 lets a flex item wrap a word longer than the line; WebKit otherwise lays the whole word out on one line. */
    .label {
      min-width: 0;
      font-weight: 600;
    }
    .figures {
      font-size: 1.125em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .period {
      font-size: 0.8em;
      font-weight: normal;
      color: var(--_muted);
    }
    .estimate {
      display: inline-block;
      margin-inline-start: 0.25rem;
      padding: 0 0.375rem;
      border: 1px solid var(--_line);
      border-radius: 999px;
      font-size: 0.7em;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      vertical-align: middle;
    }
    .scale {
      display: block;
      width: 100%;
      height: calc(var(--_height) + 0.75rem);
      margin-top: 0.5rem;
      overflow: visible;
    }
    /* SVG coordinates run left to right; on right-to-left pages the scale starts on the right, like its labels. */
    :host(:dir(rtl)) .scale {
      scale: -1 1;
    }
    .track {
      stroke: var(--_track);
      stroke-width: 2;
    }
    .range {
      rx: 0.375rem;
      fill: var(--_band);
      /* A darker edge keeps the range distinct from the track without relying on hue alone. */
      stroke: color-mix(in srgb, var(--_band) 70%, currentColor);
      stroke-width: 1;
    }
    .median {
      stroke: var(--_ink);
      stroke-width: 3;
    }
    .whisker {
      stroke: var(--_whisker);
      stroke-width: 1.5;
    }
    .marker line {
      stroke: var(--_marker);
      stroke-width: 3;
    }
    .marker circle {
      fill: var(--_marker);
    }
    /* An advertised range: a light bar between two pins, above the band so both stay visible. */
    .marker-span {
      fill: color-mix(in srgb, var(--_marker) 22%, transparent);
      stroke: var(--_marker);
      stroke-width: 1;
    }
    .scale-labels {
      display: flex;
      justify-content: space-between;
      font-size: 0.75em;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .detail {
      margin: 0;
      font-size: 0.875em;
    }
    .marker-key {
      display: inline-block;
      width: 0;
      height: 0.9em;
      margin-inline-end: 0.375rem;
      border-inline-start: 3px solid var(--_marker);
      vertical-align: -0.1em;
    }
    .source {
      font-size: 0.8125em;
      color: var(--_muted);
    }
    .source summary {
      cursor: pointer;
      width: fit-content;
      border-radius: 0.25rem;
    }
    .source p {
      margin: 0.25rem 0 0;
    }
    .source a,
    .quoted a {
      color: inherit;
    }
    /* Compact, for lists of adverts: at most 96 px tall in a 360 px viewport, in every language. */
    .compact {
      gap: 0;
      line-height: 1.2;
    }
    /* One flow of text: the role, then the figures, wrapping as words do (Welsh titles are longer). */
    .compact .headline {
      display: block;
      margin: 0;
      font-size: 0.875em;
    }
    .compact .figures {
      display: inline-block;
      margin-inline-start: 0.5rem;
      font-size: 1.0714em;
      white-space: nowrap;
    }
    .compact .scale {
      height: calc(var(--rw-band-height, 0.375rem) + 0.375rem);
      margin: 0.125rem 0;
    }
    .compact .marker circle {
      r: 3px;
    }
    /* Where the pay sits and the source's summary share one flow of text, so "Source" takes no line of its own. */
    .compact .where {
      font-size: 0.75em;
    }
    .compact .marker-label {
      display: inline;
      font-size: 1em;
      margin-inline-end: 0.5rem;
    }
    .compact .nowrap {
      white-space: nowrap;
    }
    .compact .source {
      display: inline-block;
    }
    /* Open, the source takes the width below, so the block grows only when the reader asks. */
    .compact .source[open] {
      display: block;
    }
    .advert-pay {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 0.75rem;
    }
    /* Compact, the advert's pay reads as the drawn bands' headline does: one flow of text. */
    .compact .advert-pay {
      display: block;
      font-size: 0.875em;
    }
    .compact .advert-pay .figures {
      display: inline-block;
      margin-inline-start: 0.5rem;
      font-size: 1.0714em;
    }
    .compact .problem {
      font-size: 0.75em;
    }
    /* Beside the advert's pay, the plain line is a note, not a boxed problem. */
    .without-role .problem {
      padding: 0;
      border: 0;
    }
    @container (max-width: 260px) {
      .figures {
        font-size: 1em;
      }
    }
    /*
     * Forced colours leave a few system colours: each part keeps its own look so none is mistaken for
     * another. The track is a thin dotted line, the whiskers solid text-coloured lines, the median a thick
     * line in the highlight's text colour across the highlighted box, and the advert's marker the link
     * colour with its round pins.
     */
    @media (forced-colors: active) {
      .scale {
        forced-color-adjust: none;
      }
      .track {
        stroke: CanvasText;
        stroke-width: 1;
        stroke-dasharray: 1 3;
      }
      .whisker {
        stroke: CanvasText;
        stroke-width: 2;
      }
      .range {
        fill: Highlight;
        stroke: CanvasText;
      }
      .median {
        stroke: HighlightText;
        stroke-width: 4;
      }
      .marker line {
        stroke: LinkText;
      }
      .marker circle {
        fill: LinkText;
      }
      .marker-span {
        fill: Canvas;
        stroke: LinkText;
      }
      .marker-key {
        border-color: LinkText;
      }
    }
  `,
];
