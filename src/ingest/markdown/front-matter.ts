/**
 * The `title` of YAML (`---`) or TOML (`+++`) front matter, as documentation sites (.mdx pages) declare it.
 * Only the title is read; the rest of the front matter is page metadata, not document text.
 */
export function frontMatterTitle(kind: 'yaml' | 'toml', value: string): string | null {
  if (kind === 'toml') {
    const m = /^title\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*$/m.exec(value);
    return clean(m ? (m[1] ?? m[2]) : null);
  }
  const lines = value.split(/\r?\n/);
  const at = lines.findIndex((l) => /^title\s*:/.test(l));
  if (at < 0) return null;
  const inline = lines[at].replace(/^title\s*:\s*/, '').trim();
  // A block scalar ("title: >-") continues on the indented lines below it.
  if (/^[>|][-+]?$/.test(inline) || inline === '') {
    const body: string[] = [];
    for (const line of lines.slice(at + 1)) {
      if (!/^\s+\S/.test(line)) break;
      body.push(line.trim());
    }
    return clean(unquote(body.join(' ')));
  }
  return clean(unquote(inline));
}

function unquote(value: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"|^'((?:[^']|'')*)'/.exec(value);
  if (m) return m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2].replace(/''/g, "'");
  return value.replace(/\s+#.*$/, '');
}

function clean(value: string | null | undefined): string | null {
  const t = value?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
