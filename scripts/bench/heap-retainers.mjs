#!/usr/bin/env node
// Finds what mount/unmount cycles leave behind, when the bench's churn figures grow (issue 34):
// runs warm-up cycles of one element on the bench page, takes a heap snapshot, runs more cycles,
// takes another, and lists the objects allocated in between that are still alive, grouped by
// constructor, each group with the shortest path that holds one of them from a GC root.
//
//   node scripts/bench/heap-retainers.mjs [role-card|role-compare|salary-band] [--warmup 100] [--cycles 1000] [--baseline] [--top 15]
//
// It serves the built dist/ (build first). Class names read better in an unminified build.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../engines.mjs';
import { startStaticServer } from '../static-server.mjs';
import { heapAfterGc } from './heap.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const tag = args.find((arg) => !arg.startsWith('--') && !/^\d+$/.test(arg)) ?? 'role-card';
const cycles = Number(option('--cycles', 1000));
const kind = args.includes('--baseline') ? 'baseline' : 'library';
const top = Number(option('--top', 15));
const warmup = Number(option('--warmup', 100));

const server = await startStaticServer({ csp: null });
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 900 });
await page.goto(`${server.url}/scripts/bench/bench.html`);
await page.waitForFunction(() => window.bench?.ready);
const cdp = await page.createCDPSession();
await cdp.send('HeapProfiler.enable');


async function snapshot() {
  const chunks = [];
  const collect = ({ chunk }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  return parse(JSON.parse(chunks.join('')));
}

/** The flat arrays of a .heapsnapshot as per-node records with forward and backward edges. */
function parse({ snapshot: { meta }, nodes, edges, strings }) {
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const field = (name) => meta.node_fields.indexOf(name);
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = ['type', 'name', 'id', 'self_size', 'edge_count'].map(field);
  const nodeTypes = meta.node_types[typeAt];
  const edgeTypes = meta.edge_types[meta.edge_fields.indexOf('type')];
  const [edgeTypeAt, edgeNameAt, edgeToAt] = ['type', 'name_or_index', 'to_node'].map((name) => meta.edge_fields.indexOf(name));
  const count = nodes.length / nodeWidth;
  const list = [];
  let edge = 0;
  for (let i = 0; i < count; i++) {
    const base = i * nodeWidth;
    const node = { index: i, type: nodeTypes[nodes[base + typeAt]], name: strings[nodes[base + nameAt]], id: nodes[base + idAt], size: nodes[base + sizeAt], out: [], in: [] };
    for (let e = 0; e < nodes[base + edgeCountAt]; e++, edge += edgeWidth) {
      const type = edgeTypes[edges[edge + edgeTypeAt]];
      const raw = edges[edge + edgeNameAt];
      node.out.push({ type, name: type === 'element' || type === 'hidden' ? raw : strings[raw], to: edges[edge + edgeToAt] / nodeWidth });
    }
    list.push(node);
  }
  for (const node of list) for (const e of node.out) list[e.to].in.push({ ...e, from: node.index });
  // Distance from the root over strong edges, to pick each object's shortest holding path.
  const distance = new Array(count).fill(Infinity);
  distance[0] = 0;
  let frontier = [0];
  while (frontier.length) {
    const next = [];
    for (const index of frontier) {
      for (const e of list[index].out) {
        if (e.type === 'weak' || distance[e.to] !== Infinity) continue;
        distance[e.to] = distance[index] + 1;
        next.push(e.to);
      }
    }
    frontier = next;
  }
  return { list, distance };
}

const groupOf = (node) => `${node.type} ${node.name.slice(0, 60)}`;

/** The shortest strong path from a GC root to `node`, as readable steps. */
function holdingPath({ list, distance }, node) {
  const steps = [];
  let current = node;
  while (current.index !== 0 && steps.length < 25) {
    const holder = current.in
      .filter((e) => e.type !== 'weak' && distance[e.from] < distance[current.index])
      .sort((a, b) => distance[a.from] - distance[b.from])[0];
    if (!holder) break;
    const from = list[holder.from];
    steps.push(`${from.type} ${from.name.slice(0, 50)} --[${holder.type} ${String(holder.name).slice(0, 40)}]-->`);
    current = from;
  }
  return steps.reverse();
}

await page.evaluate(`bench.churn('${tag}', ${warmup}, '${kind}')`);
const before = await heapAfterGc(cdp);
const first = await snapshot();
await page.evaluate(`bench.churn('${tag}', ${cycles}, '${kind}')`);
const after = await heapAfterGc(cdp);
const alive = await page.evaluate('bench.alive()');
const second = await snapshot();
process.stdout.write(`<${tag}> ${kind}: heap ${((after - before) / 1024).toFixed(1)} KB after ${cycles} cycles, ${alive} removed elements alive\n`);

// Node ids are stable across snapshots of one page: an id the first snapshot did not have is an
// object allocated during the cycles that is still held.
const seen = new Set(first.list.map((node) => node.id));
const groups = new Map();
for (const node of second.list) {
  if (seen.has(node.id) || node.type === 'synthetic') continue;
  const group = groups.get(groupOf(node)) ?? { count: 0, size: 0, sample: node };
  group.count++;
  group.size += node.size;
  groups.set(groupOf(node), group);
}
const ranked = [...groups.entries()].sort((a, b) => b[1].size - a[1].size);
const total = ranked.reduce((sum, [, group]) => sum + group.size, 0);
process.stdout.write(`new objects still alive: ${ranked.reduce((sum, [, g]) => sum + g.count, 0)}, ${(total / 1024).toFixed(1)} KB self size\n\n`);
for (const [name, group] of ranked.slice(0, top)) {
  process.stdout.write(`${String(group.count).padStart(6)} × ${(group.size / 1024).toFixed(1).padStart(7)} KB  ${name}\n`);
  for (const step of holdingPath(second, group.sample)) process.stdout.write(`             ${step}\n`);
}
// Compiled code is the engine's, not the page's: name the functions it was compiled for, to tell
// tier-up during the cycles (a fixed set of functions) from code made per cycle.
const compiled = new Map();
for (const node of second.list) {
  if (seen.has(node.id) || node.type !== 'code' || node.name !== 'system / Code') continue;
  for (const edge of node.in) {
    const holder = second.list[edge.from];
    if (holder.type === 'closure') compiled.set(holder.name || '(anonymous)', (compiled.get(holder.name || '(anonymous)') ?? 0) + 1);
  }
}
if (compiled.size) process.stdout.write(`\nfunctions with code compiled during the cycles: ${[...compiled].map(([name, n]) => (n > 1 ? `${name} ×${n}` : name)).join(', ')}\n`);
await browser.close();
await server.close();
