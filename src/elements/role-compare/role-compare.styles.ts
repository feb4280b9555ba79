import { css } from 'lit';
import { baseStyles, controlStyles, rolePartStyles } from '../../shared/styles.js';

export const roleCompareStyles = [
  baseStyles,
  rolePartStyles,
  controlStyles,
  css`
    :host {
      container-type: inline-size;
      --_tag: var(--rw-tag-background, color-mix(in srgb, currentColor 8%, transparent));
      --_head: var(--rw-compare-header-background, color-mix(in srgb, currentColor 4%, transparent));
    }
    /* minmax(0, 1fr): a long role title or option must wrap, never widen the element. */
    .compare,
    .stacked,
    .role-heading {
      grid-template-columns: minmax(0, 1fr);
    }
    .compare {
      display: grid;
      gap: 0.75rem;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem 1.5rem;
      align-items: center;
    }
    .switch {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      cursor: pointer;
    }
    /* A native select cannot wrap its text, so it asks for the width of its longest option and the
       remove button moves under it when the column is narrower: the select then has the whole column
       for the role's title ("Application support engineer") instead of cutting it. */
    .picker {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      align-items: center;
    }
    select {
      flex: 1 1 auto;
      width: auto;
      min-width: 0;
      max-width: 100%;
    }
    .remove {
      flex: none;
      width: 2rem;
      height: 2rem;
      border: 1px solid var(--_line);
      border-radius: 50%;
      background: transparent;
      cursor: pointer;
    }
    .table {
      width: 100%;
      border-collapse: collapse;
      table-layout: fixed;
    }
    .table th,
    .table td {
      padding: 0.5rem;
      border-bottom: 1px solid var(--_line);
      text-align: start;
      vertical-align: top;
    }
    .table thead th,
    .table tbody th {
      background: var(--_head);
    }
    .table tbody th {
      width: 9.5rem;
      font-weight: 600;
    }
    .table thead tr:first-child td {
      border-bottom: 0;
      padding-bottom: 0;
    }
    .table thead td:first-child {
      width: 9.5rem;
    }
    .role-title {
      margin: 0;
      font-size: 1.0625em;
      font-weight: 700;
      line-height: 1.3;
      color: inherit;
    }
    .same-note {
      display: block;
      font-size: 0.75em;
      font-weight: normal;
      color: var(--_muted);
    }
    .differences-only .same {
      display: none;
    }
    .shared-key {
      display: block;
      font-size: 0.8125em;
      font-weight: normal;
      color: var(--_muted);
    }
    .tag.shared {
      border-style: dashed;
      background: transparent;
      color: var(--_muted);
    }
    /* Columns are narrow, so each fact sits on one line: "On-call: Often". */
    .facts div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.375rem;
    }
    .facts dt::after {
      content: ':';
    }
    /* Column and row headers already name the role and region; the band's sentence for screen readers keeps both. */
    salary-band::part(label) {
      display: none;
    }
    .stacked {
      display: none;
      gap: 1rem;
    }
    /* Narrower than 600px, four columns cannot hold their text: one block per role instead. */
    @container (max-width: 599.98px) {
      .table {
        display: none;
      }
      .stacked {
        display: grid;
      }
    }
    /* An empty line as wide as the element, which it watches for its width. */
    .width-probe {
      height: 0;
    }
    /* Where the element measured itself and rendered one layout, that one shows (the rules above choose where both are rendered). */
    .only-table .table {
      display: table;
    }
    .only-stacked .stacked {
      display: grid;
    }
    .role-block {
      padding: 0.75rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }
    /* In a phone-width container a thinner frame and picker padding leave room for a long title ("Application support engineer" at 320 px). */
    @container (max-width: 359.98px) {
      .role-block {
        padding: 0.5rem;
      }
      .role-block select {
        padding-inline: 0.25rem;
      }
    }
    .role-heading {
      display: grid;
      gap: 0.375rem;
      margin-bottom: 0.5rem;
    }
    .role-block > dl {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.625rem;
      margin: 0;
    }
    .role-block > dl > div > dt {
      font-weight: 600;
      font-size: 0.875em;
    }
    .role-block > dl > div > dd {
      margin: 0.125rem 0 0;
    }
    @media print {
      .controls,
      .pickers,
      .picker {
        display: none;
      }
      .differences-only .same {
        display: revert;
      }
      .table {
        font-size: 9pt;
      }
      .table th,
      .table td {
        padding: 0.25rem;
      }
      tr {
        break-inside: avoid;
      }
    }
    @media (forced-colors: active) {
      .remove,
      .role-block {
        border-color: CanvasText;
      }
    }
  `,
];
