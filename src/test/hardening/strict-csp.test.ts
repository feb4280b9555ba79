/** Hardening: A host page with a strict Content-Security-Policy and Trusted Types. */
import { expect } from '@open-wc/testing';
import { framedPage, shadowText, violationsSoFar, waitFor } from '../helpers.js';

describe('strict Content-Security-Policy host page', () => {
  it('renders every element with no violation and fetches nothing but its own files', async () => {
    const { frame, win, doc } = await framedPage('/src/test/pages/strict/index.html');
    await waitFor(() => shadowText(doc.querySelector('role-finder')!).includes('roles match'), 'finder did not render');
    await waitFor(() => shadowText(doc.querySelector('role-catalogue role-card')!).includes('Games engineer'), 'site catalogue not loaded');
    await waitFor(() => doc.querySelectorAll('role-catalogue')[1].shadowRoot!.querySelector('[part=status]'), 'invalid catalogue not reported');

    // Interact: state changes render new templates under the policy too.
    doc.querySelector('role-card[variant=compact]')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=expand]')!.click();
    doc.querySelector('role-compare')!.shadowRoot!.querySelector<HTMLInputElement>('input[role=switch]')!.click();
    doc.querySelector('role-finder')!.shadowRoot!.querySelector<HTMLButtonElement>('.guide button')!.click();
    await waitFor(() => doc.querySelector('role-card[variant=compact]')!.shadowRoot!.querySelector('[part=expand]')?.getAttribute('aria-expanded') === 'true', 'card did not expand');
    await waitFor(() => doc.querySelector('role-compare')!.hasAttribute('differences-only'), 'compare did not switch');
    await waitFor(() => doc.querySelector('role-finder')!.shadowRoot!.querySelector('#question-0'), 'finder did not start its questions');
    // (The policy blocks the sentinel's image before any request is made.)
    expect(await violationsSoFar(win, doc)).to.deep.equal([]);
    const band = doc.querySelector('salary-band')!;
    expect(getComputedStyle(band.shadowRoot!.querySelector('.range')!).fill).not.to.equal('rgb(0, 0, 0)');
    // The test server injects its own socket script into every page it serves; that one is not ours.
    const requested = win.performance
      .getEntriesByType('resource')
      .filter((entry) => !entry.name.includes('csp-sentinel'))
      .map((entry) => new URL(entry.name).pathname.replace(/-[\w-]{8}\.js$/, '.js'))
      .filter((path) => !path.startsWith('/__web-dev-server'));
    // The page uses every element, so the loader fetched each element's chunk (names without their content hash).
    const chunks = ['base', 'salary-band', 'role-card', 'role-compare', 'role-finder', 'role-catalogue'].map((name) => `/dist/chunks/${name}.js`);
    // The bundled catalogue's pieces are JSON from the same origin (connect-src 'self'), each fetched once:
    // the index (compare and finder list roles), some roles' facts, and the English texts of the roles shown.
    const pieces = requested.filter((path) => path.startsWith('/dist/catalogue/'));
    expect(pieces.every((path) => /^\/dist\/catalogue\/(index|list|roles\/[a-z-]+|texts\/en\/[a-z-]+)\.json$/.test(path)), pieces.join(', ')).to.equal(true);
    expect(pieces).to.include.members(['/dist/catalogue/index.json', '/dist/catalogue/texts/en/qa-test.json']);
    expect(new Set(requested).size, 'a file was fetched twice').to.equal(requested.length);
    expect(requested.filter((path) => !pieces.includes(path)).sort()).to.deep.equal(
      ['/dist/role-widgets.css', '/dist/role-widgets.js', ...chunks, '/src/test/fixtures/invalid-catalogue.json', '/src/test/fixtures/site-catalogue.json', '/src/test/pages/strict/harness.js'].sort(),
    );
    frame.remove();
  });
});
