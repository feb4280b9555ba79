import { css } from 'lit';
import { baseStyles } from '../../shared/styles.js';

export const salaryBandStyles = [
  baseStyles,
  css`
    :host {
      --_band: var(--rw-band-color, var(--_accent));
      --_track: var(--rw-band-track-color, color-mix(in srgb, currentColor 14%, transparent));
      --_marker: var(--rw-marker-color, currentColor);
      --_height: var(--rw-band-height, 0.75rem);
      container-type: inline-size;
    }
    .band {
      display: grid;
      gap: 0.25rem;
    }
    .headline {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 0.75rem;
    }
    .label {
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
      position: relative;
      height: calc(var(--_height) + 0.75rem);
      margin-block: 0.25rem 0;
    }
    .scale::before {
      content: '';
      position: absolute;
      inset-inline: 0;
      top: 50%;
      height: 2px;
      translate: 0 -50%;
      background: var(--_track);
    }
    .range {
      position: absolute;
      top: 50%;
      inset-inline-start: var(--start);
      width: max(calc(var(--end) - var(--start)), 2px);
      height: var(--_height);
      translate: 0 -50%;
      border-radius: calc(var(--_height) / 2);
      background: var(--_band);
      /* A lighter edge keeps the range distinct from the track without relying on hue. */
      box-shadow: inset 0 0 0 1px color-mix(in srgb, var(--_band) 70%, currentColor);
      transition: inset-inline-start 0.3s ease, width 0.3s ease;
    }
    .range.point {
      width: var(--_height);
      translate: -50% -50%;
    }
    .median,
    .marker {
      position: absolute;
      inset-inline-start: var(--at);
      translate: -50% 0;
    }
    .median {
      top: calc(50% - var(--_height) / 2 - 0.125rem);
      height: calc(var(--_height) + 0.25rem);
      width: 3px;
      background: var(--_ink);
      border-inline: 1px solid color-mix(in srgb, var(--_band) 40%, transparent);
    }
    .marker {
      top: 0;
      bottom: 0;
      width: 0;
      border-inline-start: 3px solid var(--_marker);
    }
    .marker::before {
      /* A downward triangle above the line: the marker is a shape, not only a colour. */
      content: '';
      position: absolute;
      top: -0.375rem;
      inset-inline-start: -0.4375rem;
      border: 0.375rem solid transparent;
      border-top-color: var(--_marker);
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
    .source a {
      color: inherit;
    }
    @container (max-width: 260px) {
      .figures {
        font-size: 1em;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .range {
        transition: none;
      }
    }
    @media (forced-colors: active) {
      .scale::before {
        background: CanvasText;
      }
      .range {
        background: Highlight;
        box-shadow: none;
        forced-color-adjust: none;
      }
      .median {
        background: CanvasText;
        forced-color-adjust: none;
      }
      .marker,
      .marker-key {
        border-color: CanvasText;
      }
      .marker::before {
        border-top-color: CanvasText;
      }
    }
  `,
];
