/** A plain-text table for terminals: columns padded to the widest cell, long cells cut with an ellipsis. */
export function formatTable(headers: string[], rows: string[][], maxWidth = 60): string {
  const cut = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const cells = [headers, ...rows].map((r) => r.map((c) => cut(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n') + '\n';
}

/** Search snippets carry \u0002…\u0003 around matches; a terminal shows them as [[…]]. */
export function snippetForTerminal(snippet: string): string {
  return snippet.replace(/\u0002/g, '[[').replace(/\u0003/g, ']]');
}
