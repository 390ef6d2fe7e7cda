/**
 * A search snippet: the engine wraps matched words in \u0002 … \u0003. They become <mark> elements holding
 * text nodes; the snippet is never treated as HTML.
 */
export function Snippet({ text }: { text: string }) {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  let current = '';
  for (const ch of text) {
    if (ch === '\u0002' || ch === '\u0003') {
      if (current) parts.push({ text: current, marked });
      current = '';
      marked = ch === '\u0002';
      continue;
    }
    current += ch;
  }
  if (current) parts.push({ text: current, marked });
  return (
    <span className="snippet">
      {parts.map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
