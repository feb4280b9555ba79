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
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .problem,
    .loading {
      border-color: CanvasText;
      color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
