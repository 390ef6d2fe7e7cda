/**
 * Files being imported, one line each with its own progress and outcome. Files go through the engine one at a
 * time; a failure is recorded on its line and the queue moves on, so one bad file never blocks the others.
 */
import { create } from 'zustand';
import { desk, toCallFailure, type CallFailure } from '../app/desk';
import type { ImportResult, SampleDocument } from '../app/types';
import { useLibraryStore } from './library';

export type ImportStage = 'queued' | 'reading' | 'importing' | 'imported' | 'duplicate' | 'failed';

export interface ImportItem {
  key: number;
  name: string;
  size: number | null;
  stage: ImportStage;
  /** 0..1 while reading the file; null when the stage has no measurable progress. */
  progress: number | null;
  documentId: number | null;
  documentTitle: string | null;
  failure: CallFailure | null;
  warnings: string[];
}

type Job = { key: number; kind: 'file'; file: File } | { key: number; kind: 'sample'; sampleId: string };

interface ImportQueueState {
  items: ImportItem[];
  enqueueFiles(files: File[]): void;
  enqueueSamples(samples: SampleDocument[]): void;
  dismiss(key: number): void;
  clearFinished(): void;
}

let nextKey = 1;
const jobs: Job[] = [];
let running = false;

export const useImportQueue = create<ImportQueueState>((set) => ({
  items: [],
  enqueueFiles: (files) => {
    const added = files.map((file) => {
      const key = nextKey++;
      jobs.push({ key, kind: 'file', file });
      return newItem(key, file.name, file.size);
    });
    set((s) => ({ items: [...s.items, ...added] }));
    void drain();
  },
  enqueueSamples: (samples) => {
    const added = samples.map((sample) => {
      const key = nextKey++;
      jobs.push({ key, kind: 'sample', sampleId: sample.id });
      return newItem(key, sample.fileName, null);
    });
    set((s) => ({ items: [...s.items, ...added] }));
    void drain();
  },
  dismiss: (key) => set((s) => ({ items: s.items.filter((i) => i.key !== key) })),
  clearFinished: () => set((s) => ({ items: s.items.filter((i) => !isFinished(i.stage)) })),
}));

export function isFinished(stage: ImportStage): boolean {
  return stage === 'imported' || stage === 'duplicate' || stage === 'failed';
}

function newItem(key: number, name: string, size: number | null): ImportItem {
  return { key, name, size, stage: 'queued', progress: null, documentId: null, documentTitle: null, failure: null, warnings: [] };
}

function patch(key: number, change: Partial<ImportItem>): void {
  useImportQueue.setState((s) => ({ items: s.items.map((i) => (i.key === key ? { ...i, ...change } : i)) }));
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  try {
    for (let job = jobs.shift(); job; job = jobs.shift()) await runJob(job);
  } finally {
    running = false;
  }
}

async function runJob(job: Job): Promise<void> {
  try {
    let result: ImportResult;
    if (job.kind === 'file') {
      patch(job.key, { stage: 'reading', progress: 0 });
      const bytes = await readFile(job.file, (progress) => patch(job.key, { progress }));
      patch(job.key, { stage: 'importing', progress: null });
      result = await desk().documentsImport({ name: job.file.name, bytes });
    } else {
      patch(job.key, { stage: 'importing', progress: null });
      result = await desk().samplesImport({ id: job.sampleId });
    }
    patch(job.key, {
      stage: result.duplicate ? 'duplicate' : 'imported',
      documentId: result.document.id,
      documentTitle: result.document.title,
      warnings: result.warnings,
    });
    useLibraryStore.getState().upsert(result.document);
    // Earlier versions without a family joined the new document's: their rows change too.
    if (result.version?.related.length) void useLibraryStore.getState().load();
  } catch (error) {
    patch(job.key, { stage: 'failed', progress: null, failure: toCallFailure(error) });
  }
}

/** Reads a chosen or dropped file, reporting how much has been read (large PDFs take a moment). */
function readFile(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    reader.onerror = () => reject(Object.assign(new Error(`${file.name} could not be read from disk.`), { code: 'UNREADABLE' }));
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(file);
  });
}
