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

/** True when nothing inside the element sticks out sideways. */
export function fitsWidth(el: HTMLElement): boolean {
  const box = el.getBoundingClientRect();
  const all = [el, ...el.shadowRoot!.querySelectorAll('*')];
  return all.every((node) => {
    const rect = node.getBoundingClientRect();
    return rect.width === 0 || (rect.left >= box.left - 1 && rect.right <= box.right + 1);
  });
}
