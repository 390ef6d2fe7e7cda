/**
 * What extraction delivers for one page: its printed lines in top-to-bottom order, with positions. This crosses
 * the worker boundary (structured clone), so it holds only plain data.
 *
 * Coordinates are PDF points in the page's viewport: origin at the top-left corner of the page as displayed
 * (page rotation applied), y growing downwards.
 */
export interface PdfLine {
  text: string;
  /** Left edge of the first character and right edge of the last. */
  x: number;
  right: number;
  /** Top of the tallest glyph box (ascent) and bottom of the lowest (descent). */
  top: number;
  bottom: number;
  /** Baseline of the line's main text (superscripts and subscripts sit off it). */
  baseline: number;
  /** Font size, in points, of most of the line's characters. */
  size: number;
  /**
   * Typeface of (almost) all the line's characters, named by generic family and metrics so that it is the same
   * on every page; '' when the line mixes typefaces (a bold defined term in a regular sentence).
   */
  font: string;
  /**
   * For a line whose margins are not the document's: the edges of its column (in a two-column stretch of its
   * page) or of its page (one of another size, as a landscape schedule), which stand in for the document's
   * margins when deciding whether the line ran to the margin or was indented.
   */
  column?: { left: number; right: number };
  /** The line starts with a footnote mark set small and raised ("¹ Counsel note: …"). */
  opensNote?: boolean;
  /** For a row of a table: where its second and later cells start (their columns line up with other rows'). */
  cells?: number[];
  /** For a line set apart by gaps of two ems or more (a table's line): its pieces between the gaps, left to right. */
  parts?: LinePart[];
}

/** A piece of a line between wide gaps: one cell's words on that line. */
export interface LinePart {
  text: string;
  x: number;
  right: number;
}

/** A stamp's text and where it was printed (its left edge and baseline). */
export interface PrintedStamp {
  text: string;
  x: number;
  baseline: number;
}

export interface PdfPageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  lines: PdfLine[];
  /** Characters printed at an angle (watermarks, vertical margin notes), which are left out of the lines. */
  rotatedCharacters: number;
  /** Line numbers printed in the left margin (a draft's line numbering), which are left out of the lines. */
  lineNumbers?: number;
  /** Stamps printed over the text in display type ("DRAFT", "CONFIDENTIAL"), left out of the lines. */
  stamps?: PrintedStamp[];
  /**
   * Clockwise turn (degrees) applied to the displayed page so that its text reads upright (a page shown sideways);
   * width, height and the lines are those of the turned page.
   */
  turned?: number;
}

/** A page that could not be read although the document opened (a damaged content stream). */
export interface PdfPageFailure {
  page: number;
  message: string;
}
