// In-page benchmarks: each case renders with role-widgets and with a plain-DOM baseline that
// builds the same shadow markup (captured from the rendered elements) with the same style sheets,
// and returns the median of many runs. Driven by scripts/bench.mjs.
import { loadAllElements, loadDefaultCatalogue } from '../../dist/role-widgets.js';

// The loader fetches an element's code when its tag first appears, and each role's texts when a
// card first shows it; the cases time rendering, not loading, so both are fetched first.
await loadAllElements();
const catalogue = await loadDefaultCatalogue();

const TAGS = ['role-card', 'salary-band', 'role-compare', 'role-finder'];
const stage = document.getElementById('stage');
const roleIds = catalogue.roles.map((role) => role.id);
{
  const warm = document.createElement('div');
  warm.innerHTML = roleIds.map((id) => `<role-card role-id="${id}" variant="compact"></role-card>`).join('');
  stage.append(warm);
  const pending = () => [...warm.children].some((card) => !card.shadowRoot?.querySelector('.lede') || card.shadowRoot.querySelector('[part~="texts-loading"]'));
  while (pending()) await new Promise((resolve) => setTimeout(resolve, 20));
  warm.remove();
}
const sheets = {};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const forceLayout = () => document.body.offsetHeight;

/** Every role-widgets element under root, through shadow roots. */
function widgetsIn(root) {
  const found = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (TAGS.includes(el.localName)) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** Waits until every element, including ones rendered by other elements, has finished updating. */
async function settle(root) {
  let count = -1;
  for (let round = 0; round < 10; round++) {
    const widgets = widgetsIn(root);
    await Promise.all(widgets.map((el) => el.updateComplete));
    if (widgets.length === count) return;
    count = widgets.length;
  }
}

function shadowRootsOf(el) {
  const roots = [];
  const collect = (host) => {
    if (!host.shadowRoot) return;
    roots.push(host.shadowRoot);
    if (TAGS.includes(host.localName)) sheets[host.localName] ??= host.shadowRoot.adoptedStyleSheets.map(plainSheet);
    for (const child of host.shadowRoot.querySelectorAll('*')) collect(child);
  };
  collect(el);
  return roots;
}

const RENAME = /(<\/?)(role-card|salary-band|role-compare|role-finder)\b/g;

/** Markup of a rendered element as declarative shadow DOM, renamed so no element upgrades. */
function plain(html) {
  return html.replace(/<!--[^]*?-->/g, '').replace(RENAME, '$1plain-$2');
}

/** The same style sheet with tag selectors renamed to match the baseline's plain elements. */
function plainSheet(sheet) {
  const text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
  const copy = new CSSStyleSheet();
  copy.replaceSync(text.replace(/(^|[^-\w])(role-card|salary-band|role-compare|role-finder)\b/g, '$1plain-$2'));
  return copy;
}
// The element's own tag wraps its markup, so the declarative shadow root attaches to it when parsed.
const snapshot = (el) => plain(`<${el.localName}>${el.getHTML({ shadowRoots: shadowRootsOf(el) })}</${el.localName}>`);
const shadowSnapshot = (el) => plain(el.shadowRoot.getHTML({ shadowRoots: shadowRootsOf(el).slice(1) }));

/** Gives the baseline's shadow roots the same constructed style sheets the elements use. */
function adoptSheets(root) {
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    const tag = el.localName.replace(/^plain-/, '');
    if (sheets[tag]) el.shadowRoot.adoptedStyleSheets = sheets[tag];
    adoptSheets(el.shadowRoot);
  }
}

/**
 * A baseline that renders less than the library would flatter it: each run checks the two laid
 * out to the same height, and the report says when they did not.
 */
let mismatches = 0;
function checkSameLayout(libraryHeight, baselineHeight) {
  if (Math.abs(libraryHeight - baselineHeight) > 1) mismatches++;
}

function plainHost(markup) {
  const host = document.createElement('div');
  host.setHTMLUnsafe(markup);
  adoptSheets(host);
  return host;
}

async function render(makeElement) {
  const el = makeElement();
  stage.append(el);
  await settle(stage);
  return el;
}

/**
 * Times a first render with both: from creating the elements to laid-out DOM, every nested
 * element updated. Returns medians over `runs`, after one warm-up run.
 */
async function firstRender(runs, mountLibrary, mountBaseline) {
  mismatches = 0;
  const library = [];
  const baseline = [];
  for (let run = 0; run <= runs; run++) {
    await nextFrame();
    let start = performance.now();
    mountLibrary();
    await settle(stage);
    forceLayout();
    if (run) library.push(performance.now() - start);
    const libraryHeight = stage.offsetHeight;
    stage.replaceChildren();
    await nextFrame();
    start = performance.now();
    mountBaseline();
    forceLayout();
    if (run) baseline.push(performance.now() - start);
    checkSameLayout(libraryHeight, stage.offsetHeight);
    stage.replaceChildren();
  }
  return { library: median(library), baseline: median(baseline), mismatches };
}

async function cards(count, runs) {
  const markup = {};
  for (const id of roleIds) {
    markup[id] = snapshot(await render(() => Object.assign(document.createElement('role-card'), { roleId: id })));
    stage.replaceChildren();
  }
  const idAt = (i) => roleIds[i % roleIds.length];
  return firstRender(
    runs,
    () => {
      for (let i = 0; i < count; i++) stage.append(Object.assign(document.createElement('role-card'), { roleId: idAt(i) }));
    },
    () => {
      for (let i = 0; i < count; i++) stage.append(plainHost(markup[idAt(i)]));
    },
  );
}

async function compare(runs) {
  const ids = 'back-end,full-stack,front-end,qa-test';
  const markup = snapshot(await render(() => Object.assign(document.createElement('role-compare'), { roles: ids })));
  stage.replaceChildren();
  return firstRender(
    runs,
    () => stage.append(Object.assign(document.createElement('role-compare'), { roles: ids })),
    () => stage.append(plainHost(markup)),
  );
}

/**
 * A reader swaps one column of a 4-role comparison with its picker: from the change event to
 * laid-out DOM, every nested band updated. scripts/bench.mjs runs it at 4× CPU slowdown.
 */
async function compareSwap(runs) {
  const el = await render(() => Object.assign(document.createElement('role-compare'), { roles: 'back-end,full-stack,front-end,qa-test' }));
  const picker = el.shadowRoot.querySelector('select[data-column="3"]');
  const times = [];
  for (let run = 0; run <= runs; run++) {
    await nextFrame();
    const start = performance.now();
    picker.value = run % 2 ? 'qa-test' : 'data-analyst';
    picker.dispatchEvent(new Event('change'));
    await settle(stage);
    forceLayout();
    if (run) times.push(performance.now() - start);
  }
  stage.replaceChildren();
  return median(times);
}

async function finderFilter(runs) {
  const finder = await render(() => document.createElement('role-finder'));
  const setText = async (text) => {
    finder.state = { ...finder.state, text };
    await settle(stage);
  };
  const unfiltered = shadowSnapshot(finder);
  await setText('data');
  const filtered = shadowSnapshot(finder);
  await setText('');
  const library = [];
  for (let run = 0; run <= runs; run++) {
    await nextFrame();
    const start = performance.now();
    await setText('data');
    forceLayout();
    if (run) library.push(performance.now() - start);
    await setText('');
  }
  stage.replaceChildren();
  const host = plainHost('');
  host.attachShadow({ mode: 'open' });
  stage.append(host);
  const baseline = [];
  for (let run = 0; run <= runs; run++) {
    host.shadowRoot.setHTMLUnsafe(unfiltered);
    adoptSheets(host.shadowRoot);
    forceLayout();
    await nextFrame();
    const start = performance.now();
    host.shadowRoot.setHTMLUnsafe(filtered);
    adoptSheets(host.shadowRoot);
    forceLayout();
    if (run) baseline.push(performance.now() - start);
  }
  stage.replaceChildren();
  return { library: median(library), baseline: median(baseline) };
}

async function changeRole(count, runs) {
  const [from, to] = ['back-end', 'data-analyst'];
  const inner = {};
  for (const id of [from, to]) {
    const el = await render(() => Object.assign(document.createElement('role-card'), { roleId: id }));
    inner[id] = shadowSnapshot(el);
    stage.replaceChildren();
  }
  const library = [];
  const baseline = [];
  for (let run = 0; run <= runs; run++) {
    const cardsMounted = [];
    for (let i = 0; i < count; i++) cardsMounted.push(stage.appendChild(Object.assign(document.createElement('role-card'), { roleId: from })));
    await settle(stage);
    forceLayout();
    await nextFrame();
    let start = performance.now();
    for (const card of cardsMounted) card.roleId = to;
    await settle(stage);
    forceLayout();
    if (run) library.push(performance.now() - start);
    stage.replaceChildren();

    const hosts = [];
    for (let i = 0; i < count; i++) {
      const host = stage.appendChild(document.createElement('div'));
      host.attachShadow({ mode: 'open' }).setHTMLUnsafe(inner[from]);
      adoptSheets(host);
      hosts.push(host);
    }
    forceLayout();
    await nextFrame();
    start = performance.now();
    for (const host of hosts) {
      host.shadowRoot.setHTMLUnsafe(inner[to]);
      host.shadowRoot.adoptedStyleSheets = sheets['role-card'];
      adoptSheets(host.shadowRoot);
    }
    forceLayout();
    if (run) baseline.push(performance.now() - start);
    stage.replaceChildren();
  }
  return { library: median(library), baseline: median(baseline) };
}

/** JS heap held by `count` mounted cards, after garbage collection (needs --expose-gc). */
async function heap(count) {
  const markup = {};
  for (const id of roleIds) {
    markup[id] = snapshot(await render(() => Object.assign(document.createElement('role-card'), { roleId: id })));
    stage.replaceChildren();
  }
  const used = async () => {
    await nextFrame();
    globalThis.gc();
    return performance.memory.usedJSHeapSize;
  };
  const measure = async (mount) => {
    const before = await used();
    await mount();
    const after = await used();
    stage.replaceChildren();
    return after - before;
  };
  const library = await measure(async () => {
    for (let i = 0; i < count; i++) stage.append(Object.assign(document.createElement('role-card'), { roleId: roleIds[i % roleIds.length] }));
    await settle(stage);
  });
  const baseline = await measure(async () => {
    for (let i = 0; i < count; i++) stage.append(plainHost(markup[roleIds[i % roleIds.length]]));
  });
  return { library, baseline };
}

/**
 * Mount/unmount cycles of one element (`library`) or of the same markup as plain DOM (`baseline`),
 * for scripts/bench.mjs to measure the heap around with the DevTools protocol's garbage
 * collection. Each removed element is watched through a WeakRef: `alive()` says how many the page
 * still holds after a collection, which is the leak itself, whatever the heap's noise.
 */
const churnState = { markup: {}, watched: [] };
function churnElement(tag) {
  const el = document.createElement(tag);
  if (tag === 'role-compare') el.setAttribute('roles', 'back-end,qa-test,data-analyst');
  else el.setAttribute('role-id', 'back-end');
  return el;
}
async function churn(tag, cycles, kind) {
  churnState.markup[tag] ??= snapshot(await render(() => churnElement(tag)));
  stage.replaceChildren();
  churnState.watched = [];
  for (let i = 0; i < cycles; i++) {
    let el;
    if (kind === 'library') {
      el = await render(() => churnElement(tag));
    } else {
      el = plainHost(churnState.markup[tag]);
      stage.append(el);
      forceLayout();
    }
    el.remove();
    churnState.watched.push(new WeakRef(el));
  }
  await nextFrame();
}
const alive = () => churnState.watched.filter((ref) => ref.deref()).length;

window.bench = { cards, compare, compareSwap, finderFilter, changeRole, heap, churn, alive, ready: true };
