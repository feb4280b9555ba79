import { css } from 'lit';
import { baseStyles, controlStyles } from '../../shared/styles.js';

export const roleFinderStyles = [
  baseStyles,
  controlStyles,
  css`
    :host {
      container-type: inline-size;
    }
    /* minmax(0, 1fr): long labels and options wrap inside the element instead of widening it. */
    .finder,
    .filters,
    .guide,
    .field {
      grid-template-columns: minmax(0, 1fr);
    }
    .finder {
      display: grid;
      gap: 1.5rem;
    }
    .heading {
      margin: 0 0 0.5rem;
      font-size: 1.25em;
      line-height: 1.3;
      font-weight: 700;
      color: inherit;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: 2px solid var(--_focus);
    }
    .filters,
    .guide {
      display: grid;
      gap: 0.75rem;
      padding: 1rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }
    .field {
      display: grid;
      gap: 0.25rem;
      min-width: 0;
    }
    .field label {
      font-weight: 600;
      font-size: 0.875em;
    }
    .field-row {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
      gap: 0.75rem;
    }
    /* Each field fills its row's height and its control takes the last line, so when one label wraps
       (Welsh labels are longer) the selects beside it still line up. */
    .field-row > .field {
      grid-template-rows: 1fr auto;
    }
    /* Examples as visible text, not a placeholder: a placeholder is cut in a narrow box and gone once the reader types. */
    .field-hint {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    input[type='search'],
    select {
      width: 100%;
    }
    .technologies summary {
      cursor: pointer;
      font-weight: 600;
      width: fit-content;
    }
    .tech-body {
      display: grid;
      gap: 0.75rem;
      margin-top: 0.5rem;
    }
    /* A fieldset's minimum width is its content's by default; long names must wrap, not widen the finder. */
    .technologies fieldset {
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .tech-groups {
      display: grid;
      gap: 0.75rem;
    }
    .tech-group legend {
      padding: 0;
      margin-bottom: 0.25rem;
      font-weight: 600;
      font-size: 0.875em;
    }
    .checks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem 1rem;
    }
    .check,
    .choice {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-width: 0;
      cursor: pointer;
    }
    .question {
      display: grid;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .question legend {
      margin-bottom: 0.5rem;
      padding: 0;
    }
    .legend-text {
      display: grid;
      gap: 0.125rem;
    }
    .progress {
      font-size: 0.8125em;
      color: var(--_muted);
    }
    .question-text {
      font-size: 1.125em;
      font-weight: 600;
    }
    .choice {
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }
    .choice:has(input:checked) {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .pill {
      justify-self: start;
    }
    /* Outlined rather than filled: text keeps the inherited colour, so it has contrast on any page. */
    button.primary {
      border-width: 2px;
      background: color-mix(in srgb, var(--_accent) 12%, transparent);
    }
    button.link {
      padding: 0;
      background: transparent;
      cursor: pointer;
      border: 0;
      border-radius: 0;
      text-decoration: underline;
      font-weight: normal;
    }
    .answers {
      display: grid;
      gap: 0.375rem;
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .answer-question {
      color: var(--_muted);
    }
    .answer {
      font-weight: 600;
      margin-inline: 0.375rem;
    }
    .results-header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 0 1rem;
    }
    .count {
      margin: 0;
      color: var(--_muted);
    }
    .way {
      margin: 0 0 1rem;
      padding: 0.75rem;
      border-inline-start: 4px solid var(--_accent);
      background: var(--_surface);
    }
    .result-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* Each result stretches to its row's height and keeps its Compare box at the bottom, so boxes in a row line up. */
    .result {
      display: grid;
      grid-template-rows: auto auto 1fr auto;
      gap: 0.5rem;
    }
    .result role-card {
      grid-row: 3;
    }
    .result .compare-check {
      grid-row: 4;
    }
    /* The band's own label repeats the card's title just above it. */
    .result role-card::part(band-label) {
      display: none;
    }
    /* Shown only when a keyboard reaches it, as skip links are. */
    .skip:not(:focus) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .skip {
      display: inline-block;
      margin-bottom: 0.5rem;
      color: inherit;
    }
    .results-end {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-top: 1rem;
    }
    .results-end p {
      margin: 0;
      color: var(--_muted);
    }
    /* The roles ticked to compare stay in view at the bottom of the screen while the reader scrolls the results. */
    .tray {
      position: sticky;
      bottom: 0;
      z-index: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem 1rem;
      margin-top: 1rem;
      padding: 0.75rem 1rem;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--rw-tray-background, Canvas);
      color: var(--rw-tray-color, CanvasText);
    }
    .tray p {
      margin: 0;
    }
    .nearest-intro {
      margin-top: 0.5rem;
      font-weight: 600;
    }
    .best-fit {
      margin: 0;
      justify-self: start;
      padding: 0 0.5rem;
      border: 1px solid var(--_accent);
      border-radius: 999px;
      font-size: 0.75em;
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .reason {
      margin: 0;
      font-size: 0.9375em;
    }
    .empty {
      display: grid;
      gap: 0.5rem;
      padding: 1rem;
      border: 1px dashed var(--_line);
      border-radius: var(--_radius);
    }
    .empty p,
    .hint,
    .guide p {
      margin: 0;
    }
    .hint {
      color: var(--_muted);
      margin-bottom: 0.75rem;
    }
    @media (forced-colors: active) {
      .choice:has(input:checked) {
        border-color: Highlight;
      }
      .tray {
        border-color: CanvasText;
      }
    }
    /* On paper: the results as listed, without the controls that only work on screen. */
    @media print {
      .filters,
      .guide,
      .skip,
      .results-end button,
      .tray,
      .compare-check,
      .empty .buttons,
      .hint {
        display: none;
      }
      .result {
        break-inside: avoid;
      }
    }
  `,
];
