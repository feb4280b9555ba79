import { css } from 'lit';

/**
 * Styles every element starts from. Colours derive from the inherited text colour so the widgets
 * read on light and dark host pages alike; inherited text properties a hostile page might set are
 * reset to sane values, while the font family is kept so widgets match their host.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    --_ink: currentColor;
    --_accent: var(--rw-accent, color-mix(in srgb, currentColor 30%, #1a66d2));
    --_muted: var(--rw-muted-color, color-mix(in srgb, currentColor 72%, transparent));
    --_line: var(--rw-border-color, color-mix(in srgb, currentColor 22%, transparent));
    --_surface: var(--rw-surface, color-mix(in srgb, currentColor 5%, transparent));
    --_radius: var(--rw-radius, 0.5rem);
    --_focus: var(--rw-focus-color, color-mix(in srgb, currentColor 40%, #1a66d2));
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    font-style: normal;
    font-weight: normal;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .problem,
  .loading {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_line);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* An editor's preview only (diagnostics): what is wrong, in a developer's terms. */
  .problem-detail {
    display: block;
    margin-top: 0.25rem;
  }
  /* A role's texts on their way: the space of a short paragraph, so the card does not jump when they arrive. */
  .texts-pending {
    min-height: 4lh;
    border-radius: var(--_radius);
    background: linear-gradient(var(--_line), var(--_line)) 0 0.4lh / 100% 0.6lh no-repeat, linear-gradient(var(--_line), var(--_line)) 0 1.4lh / 80% 0.6lh no-repeat;
    opacity: 0.5;
  }
  .texts-problem {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_line);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  /* Holds a role's texts in every state; focus rests here after "Try again", shown only to keyboard readers. */
  .role-texts:focus {
    outline: none;
  }
  .role-texts:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media print {
    [part~='retry'] {
      display: none;
    }
  }
  .texts-problem p {
    margin: 0 0 0.5rem;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .texts-pending {
      background: none;
      border: 1px dashed CanvasText;
    }
    .problem,
    .texts-problem,
    .loading {
      border-color: CanvasText;
      color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The role pieces card and compare both show (see role-parts.ts): technology tags, text lists, notes and facts. */
export const rolePartStyles = css`
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tag {
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_line);
    border-radius: 0.25rem;
    background: var(--_tag);
    font-size: 0.8125em;
  }
  .list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .list li + li {
    margin-top: 0.25rem;
  }
  .note {
    margin: 0.375rem 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .facts {
    margin: 0;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .tag {
      border-color: CanvasText;
    }
  }
`;

/**
 * Form controls and buttons, one look in every element. Borders are 45% of the text colour so a
 * control's edge keeps 3:1 contrast on light and dark pages.
 */
export const controlStyles = css`
  input,
  select,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='search'],
  select {
    min-width: 0;
    padding: 0.375rem 0.5rem;
    border: 1px solid color-mix(in srgb, currentColor 45%, transparent);
    border-radius: 0.25rem;
    background: transparent;
  }
  select option {
    color: initial;
    background: initial;
  }
  input[type='checkbox'],
  input[type='radio'] {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .pill {
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: transparent;
    font-weight: 600;
    cursor: pointer;
  }
  .pill:hover:not(:disabled) {
    background: color-mix(in srgb, var(--_accent) 12%, transparent);
  }
  .pill:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  @media (forced-colors: active) {
    input[type='search'],
    select,
    .pill {
      border-color: CanvasText;
    }
  }
`;
