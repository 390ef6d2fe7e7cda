import type { ImportLimits } from './errors';

/** What every format importer receives besides the bytes or text. */
export interface ImportContext {
  /** The file name as given (used only for the fallback title and to tell Markdown from plain text). */
  name: string;
  limits: ImportLimits;
  /** Importers push plain-words notes here ("decoded as Windows-1252"); they end up on the document. */
  warnings: string[];
}

/** "llama-3.1-license.final.pdf" -> "llama-3.1-license.final": the title of last resort. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  return stem.trim() || 'Untitled document';
}
