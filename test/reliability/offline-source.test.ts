/**
 * Offline by construction: no code of the engine (src/), the main process (electron/) or the window (renderer/)
 * can reach the network. The source is read for every way JavaScript, Node and Electron open a connection —
 * network modules, fetch and its browser cousins, Electron's net and updaters, opening external URLs — and the
 * window's HTML and CSS for remote resources. The e2e suite counts outgoing requests at run time
 * (test/e2e/support/fixtures.ts) and electron/security.ts refuses them; this test keeps such code from being
 * written at all. A genuine need would be added to ALLOWED with its reason, for a reviewer to see.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/corpus';

const SCANNED = ['src', 'electron', 'renderer'];

/** `file: what` pairs that are allowed, each with the reason. None so far. */
const ALLOWED = new Map<string, string>();

/** Modules that open connections (Node built-ins with or without node:, and the usual client packages). */
const NETWORK_MODULE = /^(node:)?(http|https|http2|net|tls|dgram|dns|inspector)(\/.*)?$|^(undici|ws|axios|node-fetch|got|superagent|request|socket\.io-client|electron-updater|update-electron-app)(\/.*)?$/;

/** Calls and globals that make requests, in any JavaScript environment the app runs in. */
const NETWORK_CODE: Array<[string, RegExp]> = [
  ['fetch()', /(?:(?<![\w.$])|\b(?:globalThis|window|self)\.)fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['service worker', /\bserviceWorker\b/],
  ['window.open', /\bwindow\.open\s*\(/],
  ['new Image()', /\bnew\s+Image\s*\(/],
  ["Electron's net", /\bnet\.(request|fetch)\s*\(|\{[^}]*\bnet\b[^}]*\}\s*=\s*require\(\s*['"]electron['"]\)|import\s*\{[^}]*\bnet\b[^}]*\}\s*from\s*['"]electron['"]/],
  ['auto-updater', /\bautoUpdater\b/],
  ['shell.openExternal', /\bopenExternal\s*\(/],
  ['downloadURL', /\bdownloadURL\s*\(/],
  ['dynamic import of a URL', /\bimport\s*\(\s*['"`]https?:/],
];

/** Remote resources in the window's HTML and CSS. */
const REMOTE_RESOURCE: Array<[string, RegExp]> = [
  ['remote url() in CSS', /url\(\s*['"]?\s*(https?:)?\/\//i],
  ['remote @import', /@import\s+(url\()?\s*['"]?\s*(https?:)?\/\//i],
  ['remote src or href', /\b(src|href|action|poster|data)\s*=\s*['"]\s*(https?:)?\/\//i],
];

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Comments say what code does not do ("never fetch"); strings and templates stay, since code can be built from them. */
function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function importedModules(code: string): string[] {
  const patterns = [/\bimport\s[^'"]*?from\s*['"]([^'"]+)['"]/g, /\bexport\s[^'"]*?from\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /^\s*import\s*['"]([^'"]+)['"]/gm];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]));
}

/** Everything in one source file that could reach the network, as "what" labels. */
function networkUses(code: string): string[] {
  const clean = withoutComments(code);
  const found = importedModules(clean)
    .filter((spec) => NETWORK_MODULE.test(spec))
    .map((spec) => `imports ${spec}`);
  for (const [what, re] of NETWORK_CODE) if (re.test(clean)) found.push(what);
  return found;
}

function remoteResources(text: string): string[] {
  return REMOTE_RESOURCE.filter(([, re]) => re.test(text.replace(/\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->/g, ''))).map(([what]) => what);
}

const rel = (path: string) => relative(PROJECT_ROOT, path);

describe('no code that reaches the network', () => {
  it('recognises each way of reaching it (the scan can fail)', () => {
    const samples: Array<[string, string]> = [
      ["import http from 'node:http';", 'imports node:http'],
      ["const { request } = require('https');", 'imports https'],
      ["import { connect } from 'net';", 'imports net'],
      ["import axios from 'axios';", 'imports axios'],
      ['const r = await fetch(url);', 'fetch()'],
      ['const r = await globalThis.fetch(url);', 'fetch()'],
      ['new XMLHttpRequest()', 'XMLHttpRequest'],
      ["new WebSocket('wss://x')", 'WebSocket'],
      ['navigator.sendBeacon(u, d)', 'sendBeacon'],
      ["import { net } from 'electron';", "Electron's net"],
      ["const { app, net } = require('electron');", "Electron's net"],
      ["import { autoUpdater } from 'electron';", 'auto-updater'],
      ['shell.openExternal(link)', 'shell.openExternal'],
      ['window.open(href)', 'window.open'],
      ['const img = new Image();', 'new Image()'],
    ];
    for (const [code, what] of samples) expect(networkUses(code), code).toContain(what);
    // Words about the network, and methods that merely share a name, are not uses.
    expect(networkUses("// never fetch() anything\nconst prefetched = prefetch(pages);\nconst s = 'https://policy.example.com';")).toEqual([]);
    expect(remoteResources('body { background: url("https://tracker.example.com/x.png"); }')).toEqual(['remote url() in CSS']);
    expect(remoteResources('<script src="//cdn.example.com/x.js"></script>')).toEqual(['remote src or href']);
    expect(remoteResources('<link rel="icon" href="./icon.png"><img src="app://assets/x.png">')).toEqual([]);
  });

  it('in the engine, the main process and the window', () => {
    const files = SCANNED.flatMap((dir) => filesUnder(join(PROJECT_ROOT, dir), /\.(ts|tsx|mts|cts|js|mjs|cjs)$/));
    expect(files.length).toBeGreaterThan(100);
    const offences: string[] = [];
    for (const file of files) {
      for (const what of networkUses(readFileSync(file, 'utf8'))) {
        const key = `${rel(file)}: ${what}`;
        if (!ALLOWED.has(key)) offences.push(key);
      }
    }
    expect(offences).toEqual([]);
  });

  it('in the window’s HTML and style sheets (no remote fonts, images, scripts or styles)', () => {
    const files = filesUnder(join(PROJECT_ROOT, 'renderer'), /\.(html|css)$/);
    expect(files.some((f) => f.endsWith('index.html'))).toBe(true);
    const offences = files.flatMap((file) => remoteResources(readFileSync(file, 'utf8')).map((what) => `${rel(file)}: ${what}`));
    expect(offences).toEqual([]);
  });

  it('in the runtime dependencies the app declares', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies).filter((name) => NETWORK_MODULE.test(name))).toEqual([]);
  });
});
