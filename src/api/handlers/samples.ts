/**
 * The bundled sample documents (resources/samples): real licences an empty library offers in one click, listed
 * with their provenance and imported through the same path as any file the reviewer chooses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256Hex } from '../../document/builder';
import type { DocumentKind } from '../../assess/types';
import type { DocumentFormat } from '../../document/model';
import type { ApiContext } from '../context';
import { ApiError } from '../errors';
import { documentHandlers, type ImportResult } from './documents';
import type { HandlerImpls } from './types';

export interface SampleProvenance {
  repository: string;
  path: string;
  commit: string;
  corpusFile: string;
  rendering: string;
}

export interface SampleDocument {
  id: string;
  fileName: string;
  title: string;
  format: DocumentFormat;
  kind: DocumentKind;
  family: string | null;
  versionLabel: string | null;
  effectiveDate: string | null;
  description: string;
  source: SampleProvenance;
  attribution: string;
  /** True when this very file (by SHA-256) is already in the library. */
  imported: boolean;
}

interface ManifestEntry extends Omit<SampleDocument, 'fileName' | 'imported'> {
  file: string;
}

const MANIFEST = join('samples', 'samples.json');

/**
 * Where resources/ is: the context's (the Electron main sets it to the packaged folder), the environment's, or
 * the project's own, found from this module (running from source) or the working directory.
 */
export function resourcesDirectory(ctx: ApiContext): string {
  const candidates: string[] = [];
  if (ctx.resourcesDir) candidates.push(ctx.resourcesDir);
  if (process.env.LICENSE_DESK_RESOURCES) candidates.push(process.env.LICENSE_DESK_RESOURCES);
  const moduleUrl = typeof import.meta === 'object' ? import.meta.url : undefined;
  if (moduleUrl) candidates.push(resolve(dirname(fileURLToPath(moduleUrl)), '..', '..', '..', 'resources'));
  candidates.push(resolve(process.cwd(), 'resources'));
  const found = candidates.find((dir) => existsSync(join(dir, MANIFEST)));
  if (!found) throw new ApiError('UNAVAILABLE', 'The sample documents are not installed with this copy of License Desk.', { looked: candidates });
  return found;
}

function readManifest(dir: string): ManifestEntry[] {
  const parsed = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as { samples: ManifestEntry[] };
  return parsed.samples;
}

function readSampleBytes(dir: string, entry: ManifestEntry): Uint8Array {
  // The manifest is ours, but a file name is still kept inside the samples folder.
  return new Uint8Array(readFileSync(join(dir, 'samples', basename(entry.file))));
}

export const sampleHandlers = {
  'samples-list': async (ctx): Promise<SampleDocument[]> => {
    const dir = resourcesDirectory(ctx);
    return readManifest(dir).map(({ file, ...entry }) => ({
      ...entry,
      fileName: file,
      imported: ctx.library.documents.findBySha256(sha256Hex(readSampleBytes(dir, { file, ...entry }))) !== null,
    }));
  },
  'samples-import': async (ctx, { id }): Promise<ImportResult> => {
    const dir = resourcesDirectory(ctx);
    const entry = readManifest(dir).find((s) => s.id === id);
    if (!entry) throw new ApiError('NOT_FOUND', `There is no sample document "${id}".`, { id });
    return documentHandlers['documents-import'](ctx, {
      name: entry.file,
      bytes: readSampleBytes(dir, entry),
      metadata: {
        title: entry.title,
        kind: entry.kind,
        family: entry.family,
        versionLabel: entry.versionLabel,
        effectiveDate: entry.effectiveDate,
        notes: `Sample document. Source: ${entry.source.repository}/${entry.source.path} @ ${entry.source.commit}. ${entry.attribution}`,
      },
    });
  },
} satisfies Partial<HandlerImpls>;
