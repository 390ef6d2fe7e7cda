/**
 * The layering of docs/ARCHITECTURE.md, checked by reading the source: arrows point down only
 * (renderer -> bridge -> electron -> src/api -> src/*), the engine has no Electron/React/DOM, and SQL lives in
 * src/store alone. ESLint enforces the same on import statements; this test also catches DOM globals and
 * dynamic imports that a lint rule on import declarations would miss.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/corpus';

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Module specifiers of static imports, re-exports, dynamic imports and require calls. */
function importedModules(code: string): string[] {
  const specs: string[] = [];
  const patterns = [/\bimport\s[^'"]*?from\s*['"]([^'"]+)['"]/g, /\bexport\s[^'"]*?from\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s*['"]([^'"]+)['"]/gm];
  for (const re of patterns) for (const m of code.matchAll(re)) specs.push(m[1]);
  return specs;
}

function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const root = (p: string) => join(PROJECT_ROOT, p);
const rel = (p: string) => relative(PROJECT_ROOT, p);

describe('engine layering (src/)', () => {
  const files = sourceFiles(root('src'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('imports nothing from electron, react, zustand, DOMPurify, the renderer or the shell', () => {
    const offences: string[] = [];
    for (const file of files) {
      for (const spec of importedModules(readFileSync(file, 'utf8'))) {
        if (/^(electron|react|react-dom|zustand|dompurify)(\/|$)/.test(spec) || /(^|\/)(renderer|electron)\//.test(spec)) {
          offences.push(`${rel(file)} imports ${spec}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  // "document" is an everyday variable name here, so only unambiguous DOM uses are looked for; the engine is also
  // type-checked without DOM types (tsconfig.engine.json), which rejects any DOM global at compile time.
  it('uses no DOM globals', () => {
    const offences: string[] = [];
    const dom = /\b(window\.|globalThis\.document|document\.(getElementById|querySelector|createElement|body|cookie)|navigator\.|localStorage|sessionStorage|HTMLElement|HTMLCanvasElement|DOMParser|XMLHttpRequest)/g;
    for (const file of files) {
      const code = withoutComments(readFileSync(file, 'utf8'));
      for (const m of code.matchAll(dom)) offences.push(`${rel(file)}: ${m[0]}`);
    }
    expect(offences).toEqual([]);
  });

  it('keeps SQL and better-sqlite3 inside src/store', () => {
    const offences: string[] = [];
    for (const file of [...files, ...sourceFiles(root('electron')).filter(Boolean)]) {
      if (rel(file).startsWith('src/store/')) continue;
      const code = readFileSync(file, 'utf8');
      if (importedModules(code).some((s) => s === 'better-sqlite3')) offences.push(`${rel(file)} imports better-sqlite3`);
      if (/\b(SELECT\s+[\w*]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b/.test(code)) offences.push(`${rel(file)} contains SQL`);
    }
    expect(offences).toEqual([]);
  });
});

/** What a renderer file imports at run time that it must not: Node, SQLite, Electron or the engine's internals. */
function rendererOffences(file: string, code: string): string[] {
  const offences: string[] = [];
  const nodeBuiltin = /^(node:|fs$|path$|os$|child_process$|worker_threads$|crypto$|better-sqlite3$|electron$)/;
  // Type-only imports are erased at build time: they carry no code across the boundary.
  const runtime = code.replace(/^\s*import\s+type\s[^;]+;/gm, '');
  for (const spec of importedModules(runtime)) {
    if (nodeBuiltin.test(spec)) offences.push(`${file} imports ${spec}`);
    if (/\/src\/(store|ingest|cli|analysis|clauses|licenses|compare|memo)(\/|$)/.test(spec)) offences.push(`${file} imports engine module ${spec}`);
  }
  return offences;
}

describe('app layering', () => {
  it('recognises a runtime import of the engine or of Node, and lets type-only imports pass (the scan can fail)', () => {
    expect(rendererOffences('a.ts', "import { Library } from '../../src/store';")).toEqual(['a.ts imports engine module ../../src/store']);
    expect(rendererOffences('a.ts', "import { detectClauses } from '../../src/clauses/detector';")).toHaveLength(1);
    expect(rendererOffences('a.ts', "const fs = require('node:fs');")).toEqual(['a.ts imports node:fs']);
    expect(rendererOffences('a.ts', "import type {\n  Comparison,\n} from '../../src/compare/types';\nimport type { Library } from '../../src/store';")).toEqual([]);
  });

  it('the renderer reaches no Node API, no SQLite and no engine internals (types excepted)', () => {
    const files = sourceFiles(root('renderer'));
    expect(files.length).toBeGreaterThan(20);
    const offences = files.flatMap((file) => rendererOffences(rel(file), readFileSync(file, 'utf8')));
    expect(offences).toEqual([]);
  });
});
