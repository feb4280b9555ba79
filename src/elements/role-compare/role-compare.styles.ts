import { css } from 'lit';
import { baseStyles } from '../../shared/styles.js';

export const roleCompareStyles = [
  baseStyles,
  css`
    :host {
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
    .width-probe {
      height: 0;
      margin-bottom: -0.75rem;
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
    .switch input {
      width: 1.125rem;
      height: 1.125rem;
      margin: 0;
      accent-color: var(--_accent);
    }
    button,
    select {
      font: inherit;
      color: inherit;
    }
    .add {
      padding: 0.25rem 0.875rem;
      border: 1px solid var(--_accent);
      border-radius: 999px;
      background: transparent;
      font-weight: 600;
      cursor: pointer;
    }
    .add:disabled {
      opacity: 0.55;
      cursor: not-allowed;
    }
    .picker {
      display: flex;
      gap: 0.25rem;
      align-items: center;
    }
    select {
      flex: 1;
      width: 100%;
      min-width: 0;
      padding: 0.25rem;
      border: 1px solid var(--_line);
      border-radius: 0.25rem;
      background: transparent;
    }
    select option {
      color: initial;
      background: initial;
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
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .tag {
      padding: 0 0.375rem;
      border: 1px solid var(--_line);
      border-radius: 0.25rem;
      background: var(--_tag);
      font-size: 0.8125em;
    }
    .tag.shared {
      border-style: dashed;
      background: transparent;
      color: var(--_muted);
    }
    .list {
      margin: 0;
      padding-inline-start: 1.125rem;
    }
    .note {
      margin: 0.375rem 0 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .facts {
      margin: 0;
    }
    .facts div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.375rem;
    }
    .facts dt {
      color: var(--_muted);
    }
    .facts dt::after {
      content: ':';
    }
    .facts dd {
      margin: 0;
      font-weight: 600;
    }
    /* Column and row headers already name the role and region; the band's sentence for screen readers keeps both. */
    salary-band::part(label) {
      display: none;
    }
    .stacked {
      display: grid;
      gap: 1rem;
    }
    .role-block {
      padding: 0.75rem;
      border: 1px solid var(--_line);
      border-radius: var(--_radius);
    }
    .role-heading {
      display: grid;
      gap: 0.375rem;
      margin-bottom: 0.5rem;
    }
    .role-block > dl {
      display: grid;
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
      .tag,
      .add,
      .remove,
      select,
      .role-block {
        border-color: CanvasText;
      }
    }
  `,
];
