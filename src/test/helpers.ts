/** Test helpers that read elements the way a user or assistive technology meets them. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/** Visible text of an element's shadow root, with white space collapsed. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function part<T extends Element = HTMLElement>(el: Element, name: string): T | null {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

export function parts<T extends Element = HTMLElement>(el: Element, name: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(`[part~="${name}"]`)];
}

/**
 * Runs `action` and returns what it wrote to console.warn; with `until`, keeps listening after it
 * until the warnings meet that condition (a warning written once a burst of elements has rendered).
 */
export async function captureWarnings(action: () => unknown, until?: (warnings: string[]) => boolean): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await action();
    if (until) await waitFor(() => until(warnings), `the expected console warning never came (got: ${warnings.join(' | ')})`);
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** True when nothing inside the element, nested shadow roots included, sticks out sideways. */
export function fitsWidth(el: HTMLElement): boolean {
  return overflowing(el).length === 0;
}

/** Every element inside an element's shadow trees, nested widgets' shadow trees included. */
export function shadowElements(root: Element): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  if (root.shadowRoot) walk(root.shadowRoot);
  return found;
}

/** What sticks out sideways, for a failure message that says where to look. */
export function overflowing(el: HTMLElement): string[] {
  const box = el.getBoundingClientRect();
  return shadowElements(el)
    .map((node) => ({ node, rect: node.getBoundingClientRect() }))
    .filter(({ rect }) => rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1))
    .map(({ node, rect }) => `${node.localName}.${[...node.classList].join('.')}[part=${node.getAttribute('part') ?? ''}] ${Math.round(rect.left - box.left)}..${Math.round(rect.right - box.left)} of ${Math.round(box.width)}`)
    .slice(0, 8);
}

const WIDGET_TAGS = new Set(['salary-band', 'role-card', 'role-compare', 'role-finder', 'role-catalogue']);

/** Waits until an element and every widget nested in its shadow trees have finished updating. */
export async function settle(root: Element) {
  for (let round = 0; round < 5; round++) {
    const widgets = [root, ...shadowElements(root)].filter((el) => WIDGET_TAGS.has(el.localName)) as (Element & { updateComplete: Promise<unknown> })[];
    await Promise.all(widgets.map((el) => el.updateComplete));
  }
}

export type Engine = 'chromium' | 'firefox' | 'webkit';
const ENGINE_LABELS: Record<Engine, string> = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The engine running this test. WebKit's user agent names Safari but not Chrome; Chromium's names both. */
export const engine: Engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';

/**
 * A test that needs something only some engines' drivers offer (the DevTools protocol's media
 * emulation, say). Elsewhere it is skipped, never silently: the title says where and why, and the
 * tally counts it as skipped.
 */
export function itIn(engines: Engine[], reason: string, title: string, test: Mocha.Func | Mocha.AsyncFunc) {
  if (engines.includes(engine)) it(title, test);
  else it.skip(`${title} [skipped in ${ENGINE_LABELS[engine]}: ${reason}]`, test);
}

/**
 * A compact money figure as this engine's Intl writes it: en-GB ranges read "£40–91k" in Chromium
 * and Firefox and "£40–91K" in WebKit. The library shows the reader's own engine's wording, as every
 * other figure on their device does, so tests expect the engine's text with the figures pinned.
 */
export function compactMoney(min: number, max: number, currency = 'GBP', locale = 'en-GB'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 0 });
  return min === max ? format.format(min) : format.formatRange(min, max);
}

/**
 * Types text into the focused element, as a reader would. WebKitWebDriver drops the second of two
 * equal keys sent in one call ("terraform" arrives as "teraform"), so there each key goes alone.
 */
export async function typeText(text: string) {
  if (engine !== 'webkit') return sendKeys({ type: text });
  for (const key of text) await sendKeys({ type: key });
}

/**
 * Waits until `condition` holds. The limit only stops a test that would hang: it is set for a
 * small, busy CI machine running three browsers at once, not for how fast the library should be.
 */
export function waitFor(condition: () => unknown, message: string): Promise<void> {
  return waitUntil(condition, message, { timeout: 15_000 });
}

/**
 * Asserts which resources a page fetched, once the list has settled. A resource timing entry is
 * queued when a response ends, which can be after the data is already on screen or while another
 * request of the same page is still in flight (Firefox on a busy machine): so wait until the list
 * equals what is expected, and if it never does, fail with the difference.
 */
export async function expectResources(list: () => unknown[], expected: string[]): Promise<void> {
  const sorted = (paths: unknown[]) => paths.map(String).sort();
  const want = JSON.stringify(sorted(expected));
  await waitUntil(() => JSON.stringify(sorted(list())) === want, '', { timeout: 15_000 }).catch(() => undefined);
  expect(sorted(list())).to.deep.equal(sorted(expected));
}

/**
 * Opens every disclosure in an element's shadow trees, as a reader would, and waits until the
 * content has rendered: role-card renders a folded section only once it is open.
 */
export async function openDisclosures(root: Element) {
  const closed = shadowElements(root).filter((el): el is HTMLDetailsElement => el instanceof HTMLDetailsElement && !el.open);
  const toggled = closed.map((details) => new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true })));
  for (const details of closed) details.open = true;
  await Promise.all(toggled);
  await settle(root);
}

/** A page of src/test/pages/ in an iframe, loaded: pages there get their own Content-Security-Policy (web-test-runner.config.mjs). */
export async function framedPage<W = Window>(src: string): Promise<{ frame: HTMLIFrameElement; win: W & { violations: string[] }; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1100px; height: 900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as unknown as W & { violations: string[] }, doc: frame.contentDocument! };
}

/** Every policy violation a framed page recorded (harness.js) until now: one made on purpose arrives after any earlier one, since reports come in order. */
export async function violationsSoFar(win: Window & { violations: string[] }, doc: Document): Promise<string[]> {
  doc.createElement('img').src = 'https://csp-sentinel.invalid/';
  await waitFor(() => win.violations.some((violation) => violation.includes('csp-sentinel')), 'the sentinel violation was not reported');
  return win.violations.filter((violation) => !violation.includes('csp-sentinel'));
}
