/** Test helpers that read elements the way a user or assistive technology meets them. */

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

/** Runs `action` and returns what it wrote to console.warn. */
export async function captureWarnings(action: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await action();
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
