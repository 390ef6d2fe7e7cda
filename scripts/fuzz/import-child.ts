/**
 * The process that imports fuzz cases, so that a case that crashes or hangs it is seen by the runner (which
 * kills it on time-out) rather than taking the run down. Bundled like the app (runner.ts), so PDFs are read
 * the way the desktop app reads them.
 *
 * For each case: importDocument; the result must be a document that follows the model's text rules or an
 * ImportError; a document is analysed and stored in the run's library as the app stores it (one transaction),
 * and read back: the stored text and blocks must be the imported ones.
 */
import { analyzeDocument } from '../../src/analysis';
import type { DocumentModel } from '../../src/document/model';
import { importDocument, ImportError } from '../../src/ingest';
import { Library } from '../../src/store/library';
import { textRuleViolations } from './text-rules';
import type { CaseReply, CaseRequest } from './protocol';

const libraryPath = process.argv[2];
if (!libraryPath || !process.send) throw new Error('usage: a forked child given the library path');
const library = Library.open(libraryPath);
let current: CaseRequest | null = null;

/** What a case's answer says beyond the fields every answer has. */
type ResultFields = DistributiveOmit<Extract<CaseReply, { type: 'result' }>, 'type' | 'index' | 'ms' | 'rssMb' | 'peakRssMb' | 'violations'> & { violations?: string[] };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const send = (message: CaseReply): void => {
  process.send!(message);
};
const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);
const peakRssMb = () => Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);

// A promise rejected outside the import's own chain would crash the app's process: count it against the case.
process.on('unhandledRejection', (reason) => {
  send({ type: 'stray', index: current?.index ?? -1, message: `unhandled rejection: ${describe(reason)}` });
});

process.on('message', (request: CaseRequest) => {
  void runCase(request);
});

async function runCase(request: CaseRequest): Promise<void> {
  current = request;
  const bytes = new Uint8Array(request.bytes);
  const started = performance.now();
  const reply = (fields: ResultFields): void =>
    send({ type: 'result', index: request.index, ms: Math.round(performance.now() - started), rssMb: rssMb(), peakRssMb: peakRssMb(), violations: [], ...fields } as CaseReply);
  let model: DocumentModel;
  try {
    model = await importDocument(bytes, request.name);
  } catch (error) {
    if (error instanceof ImportError) return reply({ outcome: 'refused', code: error.code, message: error.message });
    return reply({ outcome: 'failure', message: `importDocument threw something other than an ImportError: ${describe(error)}` });
  }
  const importMs = Math.round(performance.now() - started);
  const violations = textRuleViolations(model, bytes);
  try {
    const analysisStarted = performance.now();
    const analysis = analyzeDocument(model);
    const analysisMs = Math.round(performance.now() - analysisStarted);
    const { document, duplicate } = library.documents.insert(model, bytes, request.name, {}, analysis, new Date().toISOString());
    // A duplicate is the same bytes imported before, possibly under another name (Markdown vs text): not this model.
    if (!duplicate) {
      const stored = library.documents.getModel(document.id);
      if (stored.text !== model.text) violations.push('the stored text differs from the imported text');
      if (JSON.stringify(stored.blocks) !== JSON.stringify(model.blocks)) violations.push('the stored blocks differ from the imported blocks');
    }
    reply({ outcome: 'document', format: model.format, blocks: model.blocks.length, characters: model.text.length, violations, documentId: document.id, importMs, analysisMs });
  } catch (error) {
    reply({ outcome: 'failure', message: `analysing or storing the document failed: ${describe(error)}`, violations });
  } finally {
    current = null;
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}${error.stack ? `\n${error.stack.split('\n').slice(1, 6).join('\n')}` : ''}`;
  return String(error);
}

send({ type: 'ready', pid: process.pid });
