import type { Marker, NumberInterpretation } from './numbering';

interface OutlineEntry {
  style: string;
  indent: number;
  value: number | null;
}

/** The bullet style of a symbol: "-" under "•" nests even at the same indentation. */
export function bulletStyle(symbol: string): string {
  return `bullet:${symbol}`;
}

/**
 * Nesting levels of numbered items, read the way a lawyer reads an outline: a deeper indentation nests; at the
 * same indentation an item of a numbering family already open is its sibling (climbing back up to it), and a
 * new family opens a deeper level ("1." then "a." then "i."). Decimal numbers carry their own depth ("4.2.1"
 * is level 3) and "Section"/"Article" headings are always level 1.
 */
export class NumberingOutline {
  private entries: OutlineEntry[] = [];

  /** How far (in columns) two items may be indented apart and still be siblings (right-aligned "ii." / "iii."). */
  constructor(private readonly indentTolerance = 2) {}

  reset(): void {
    this.entries = [];
  }

  get depth(): number {
    return this.entries.length;
  }

  /** True when the marker is the next number of an open list ("ii." after "i."): evidence it starts an item. */
  continues(marker: Marker, indent: number): boolean {
    if (marker.kind === 'decimal') {
      const entry = this.entries[marker.depth - 1];
      return entry !== undefined && entry.style === 'decimal' && entry.value !== null && marker.readings[0].value === entry.value + 1;
    }
    return marker.readings.some((reading) => this.findSibling(reading, indent, true) >= 0);
  }

  /** Places a numbered item; returns its level (from 1) and the reading of an ambiguous marker. */
  place(marker: Marker, indent: number): { level: number; reading: NumberInterpretation } {
    const reading = marker.readings[0];
    if (marker.kind === 'keyword') {
      this.entries = [{ style: reading.style, indent, value: reading.value }];
      return { level: 1, reading };
    }
    if (marker.kind === 'decimal') {
      const kept = this.entries.slice(0, marker.depth - 1);
      while (kept.length < marker.depth - 1) kept.push({ style: 'decimal', indent, value: null });
      kept.push({ style: 'decimal', indent, value: reading.value });
      this.entries = kept;
      return { level: marker.depth, reading };
    }
    return this.placeStyled(marker.readings, indent);
  }

  /** Body text at this indentation ends the lists indented deeper than it. */
  closeDeeperThan(indent: number): void {
    while (this.entries.length > 0 && this.entries[this.entries.length - 1].indent > indent + this.indentTolerance) this.entries.pop();
  }

  /** Places a bullet item. */
  placeBullet(symbol: string, indent: number): number {
    return this.placeStyled([{ style: bulletStyle(symbol), value: null }], indent).level;
  }

  private placeStyled(readings: NumberInterpretation[], indent: number): { level: number; reading: NumberInterpretation } {
    const tolerance = this.indentTolerance;
    while (this.entries.length > 0 && this.entries[this.entries.length - 1].indent > indent + tolerance) this.entries.pop();

    // An ambiguous marker ("i.", "v.") is the reading that continues a list; otherwise its usual reading.
    let chosen = readings[0];
    let at = -1;
    for (const reading of readings) {
      const k = this.findSibling(reading, indent, true);
      if (k >= 0) {
        chosen = reading;
        at = k;
        break;
      }
    }
    if (at < 0) at = this.findSibling(chosen, indent, false);

    const entry = { style: chosen.style, indent, value: chosen.value };
    if (at >= 0) {
      entry.indent = this.entries[at].indent;
      this.entries.length = at;
    }
    this.entries.push(entry);
    return { level: this.entries.length, reading: chosen };
  }

  /** Index of the open entry this item continues, searching from the innermost level, or -1. */
  private findSibling(reading: NumberInterpretation, indent: number, successorOnly: boolean): number {
    for (let k = this.entries.length - 1; k >= 0; k--) {
      const entry = this.entries[k];
      if (Math.abs(entry.indent - indent) > this.indentTolerance) {
        if (entry.indent < indent) break; // an ancestor: nothing further out can be a sibling
        continue;
      }
      if (entry.style !== reading.style) continue;
      if (!successorOnly) return k;
      if (entry.value !== null && reading.value !== null && reading.value === entry.value + 1) return k;
    }
    return -1;
  }
}
