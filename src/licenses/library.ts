import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LicenseLibraryError } from './errors';
import type { ReferenceFacts } from './facts';
import { LibraryFileSchema, type LibraryReference } from './library-file';

/** A known licence text with what is known about it (resources/licenses/README.md explains every field). */
export interface ReferenceLicense extends Omit<LibraryReference, 'text'> {
  /** The reference text itself. */
  text: string;
  /** Path of the text file relative to resources/licenses/. */
  textFile: string;
}

const LIBRARY_FILE = 'library.json';
let libraryDirOverride: string | undefined;
let cached: { dir: string; references: ReferenceLicense[]; byId: Map<string, ReferenceLicense> } | undefined;

/**
 * Points the library at another folder (a packaged app's resources, a test fixture). Clears the cache.
 * LICENSE_DESK_LICENSES does the same from the environment.
 */
export function setLicenseLibraryDir(dir: string | undefined): void {
  libraryDirOverride = dir;
  cached = undefined;
}

/** resources/licenses/ found from this module's folder upwards (source tree, or a bundle next to resources/). */
export function licenseLibraryDir(): string {
  if (libraryDirOverride) return libraryDirOverride;
  if (process.env.LICENSE_DESK_LICENSES) return process.env.LICENSE_DESK_LICENSES;
  const starts = [moduleDir(), process.cwd()].filter((d): d is string => d !== undefined);
  for (const start of starts) {
    let dir = start;
    for (let i = 0; i < 6; i++) {
      const candidate = join(dir, 'resources', 'licenses');
      if (existsSync(join(candidate, LIBRARY_FILE))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return resolve(starts[0] ?? process.cwd(), 'resources', 'licenses');
}

function moduleDir(): string | undefined {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    // A CommonJS bundle has no import.meta.url; the cwd and LICENSE_DESK_LICENSES remain.
    return undefined;
  }
}

/** Every reference licence, loaded on first use and cached (CLI commands that never identify never pay for it). */
export function referenceLicenses(): readonly ReferenceLicense[] {
  return loadLibrary().references;
}

export function getReference(id: string): ReferenceLicense | undefined {
  return loadLibrary().byId.get(id);
}

/** What is publicly known about a reference licence, in the assessment vocabulary; null for an unknown id. */
export function referenceFacts(id: string): ReferenceFacts | null {
  return getReference(id)?.facts ?? null;
}

function loadLibrary(): NonNullable<typeof cached> {
  const dir = licenseLibraryDir();
  if (cached && cached.dir === dir) return cached;
  const path = join(dir, LIBRARY_FILE);
  if (!existsSync(path)) {
    throw new LicenseLibraryError('LIBRARY_NOT_FOUND', `The reference licence library is missing (${path}).`, { path });
  }
  let parsed;
  try {
    parsed = LibraryFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new LicenseLibraryError('LIBRARY_INVALID', `${path} is not a valid licence library: ${error instanceof Error ? error.message : String(error)}`, { path });
  }
  const references = parsed.references.map((entry): ReferenceLicense => {
    const textPath = join(dir, entry.text);
    if (!existsSync(textPath)) {
      throw new LicenseLibraryError('TEXT_MISSING', `The text of reference ${entry.id} is missing (${textPath}).`, { id: entry.id, path: textPath });
    }
    const text = readFileSync(textPath, 'utf8');
    // A silently edited reference would make every copy of the real licence look "modified".
    if (createHash('sha256').update(text).digest('hex') !== entry.sha256) {
      throw new LicenseLibraryError('TEXT_CHANGED', `The text of reference ${entry.id} was changed after the library was built; rebuild it with scripts/build-license-library.ts.`, {
        id: entry.id,
        path: textPath,
      });
    }
    const { text: textFile, ...rest } = entry;
    return { ...rest, text, textFile };
  });
  cached = { dir, references, byId: new Map(references.map((r) => [r.id, r])) };
  return cached;
}
