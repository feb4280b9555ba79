// The JS heap in use after garbage collection, read through the DevTools protocol (a CDP session):
// its collection is thorough where the page's own gc() leaves garbage of recent frames behind.
// Shared by the bench's churn figures and heap-retainers.mjs, so their figures match.
export async function heapAfterGc(cdp) {
  for (let round = 0; round < 3; round++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}
