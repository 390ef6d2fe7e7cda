/**
 * How a printed list number travels from our numbering pass, through mammoth, to the block builder: as a
 * run at the start of the paragraph, fenced by Unicode noncharacters (U+FDD0–U+FDD2), which are legal in XML
 * but never occur in real text. The fence carries the list level and the label, so the block builder never
 * has to line mammoth's paragraphs up with ours.
 */
const OPEN = '\uFDD0';
const SEPARATOR = '\uFDD1';
const CLOSE = '\uFDD2';
const MARKER = /\uFDD0(\d)\uFDD1([^\uFDD0-\uFDD2]*)\uFDD2/;
const FENCE_CHARACTERS = /[\uFDD0-\uFDD2]/g;

export interface ListMarker {
  /** 0-based list level. */
  level: number;
  /** Printed number, or null for a bullet / unnumbered level. */
  label: string | null;
}

export function encodeListMarker(marker: ListMarker): string {
  return `${OPEN}${marker.level}${SEPARATOR}${marker.label ?? ''}${CLOSE}`;
}

/** Finds the marker in a paragraph's text; returns it and the text without it (and without stray fences). */
export function takeListMarker(text: string): { marker: ListMarker | null; text: string } {
  const match = MARKER.exec(text);
  if (!match) return { marker: null, text: text.replace(FENCE_CHARACTERS, '') };
  const rest = (text.slice(0, match.index) + text.slice(match.index + match[0].length)).replace(FENCE_CHARACTERS, '');
  return { marker: { level: Number(match[1]), label: match[2] || null }, text: rest };
}

export function hasListMarker(text: string): boolean {
  return MARKER.test(text);
}
