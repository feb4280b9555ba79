import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Opens an element's folded sections while the page prints, and folds them again after: on paper
 * a closed <details> shows only its heading, and nothing can be opened. `printing` tells the host
 * to render what it keeps back until a section is opened (role-card renders a folded section's
 * content only then); the update runs before the page is laid out for print, as Lit updates in a
 * microtask after the beforeprint listener.
 */
export class PrintController implements ReactiveController {
  /** True between the page's beforeprint and afterprint events. */
  printing = false;
  private opened: HTMLDetailsElement[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  private readonly handlePrint = (event: Event) => {
    const root = this.host.shadowRoot;
    this.printing = event.type === 'beforeprint';
    if (this.printing) {
      this.opened = [...(root?.querySelectorAll('details') ?? [])].filter((details) => !details.open);
      for (const details of this.opened) details.open = true;
    } else {
      // Only what printing opened is folded again: a section the reader had opened stays open.
      for (const details of this.opened) details.open = false;
      this.opened = [];
    }
    this.host.requestUpdate();
  };

  hostConnected() {
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
  }

  hostDisconnected() {
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
  }
}
