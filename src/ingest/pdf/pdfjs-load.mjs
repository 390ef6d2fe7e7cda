/**
 * Loads pdf.js once per thread. Plain JavaScript because a page worker started from TypeScript source runs it
 * before any TypeScript loader exists (see worker-preload.mjs); everything else reaches it through pdfjs.ts.
 *
 * - The legacy build is the one that runs on Node 20. Its minified files are loaded: the same code at half the
 *   size, which matters because tsx's loader (the CLI runs under it) re-maps every module it loads at about a
 *   second per megabyte.
 * - Importing the pdf.js worker module registers it as pdf.js's "fake worker": pdf.js then parses on the
 *   calling thread; parallelism comes from our own page workers (page-pool.ts).
 * - The legacy build's core-js polyfills replace built-ins that Node 20 already has with JavaScript versions,
 *   for every module of the process: Array.prototype.push (pdf.js pushes once per glyph: ~15% of extraction
 *   time) and JSON.parse / JSON.stringify (ten times slower, for the whole app). The natives differ only in
 *   corner cases pdf.js does not use (non-writable array lengths, JSON.rawJSON), so they are put back.
 */
let loading;

export function loadPdfJsModule() {
  loading ??= load();
  return loading;
}

async function load() {

  const natives = [
    [Array.prototype, 'push'],
    [JSON, 'parse'],
    [JSON, 'stringify'],
  ].map(([owner, key]) => ({ owner, key, descriptor: Object.getOwnPropertyDescriptor(owner, key) }));
  try {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.min.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    return pdfjs;
  } finally {
    for (const { owner, key, descriptor } of natives) Object.defineProperty(owner, key, descriptor);
  }
}
