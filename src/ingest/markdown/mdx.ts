/**
 * MDX is Markdown with JSX components and ES module lines. We read it as Markdown: `import`/`export` lines and
 * `{/* comments *\/}` are not document text, and component tags whose attributes are JavaScript expressions
 * (`<Card href={url}>`), which CommonMark would not see as HTML, are dropped like any other tag.
 * Lines inside code fences are left alone.
 */
export function prepareMdx(source: string): string {
  const lines = source.split('\n');
  let fence: string | null = null;
  return lines
    .map((line) => {
      const f = /^\s*(`{3,}|~{3,})/.exec(line);
      if (f) {
        if (fence === null) fence = f[1][0];
        else if (f[1][0] === fence) fence = null;
        return line;
      }
      if (fence !== null) return line;
      if (/^(import|export)\s/.test(line)) return '';
      return line.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/<\/?[A-Z][\w.]*(?:\s(?:[^<>{}]|\{[^{}]*\})*)?\/?>/g, '');
    })
    .join('\n');
}
