/**
 * The words of a PDF page with their boxes in PDF points (top-left origin), from poppler's pdftotext — a
 * reader independent of both the app's importer and pdf.js, to check that a highlight sits on the right words.
 */
import { execFileSync } from 'node:child_process';

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export function pdfWords(file: string, page: number): PdfWord[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' });
  const words: PdfWord[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    words.push({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: decodeEntities(m[5]) });
  }
  return words;
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Lowercase runs of ASCII letters and digits (the corpus README's word rule). */
export function wordRunsOf(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}
