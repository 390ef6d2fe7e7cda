/**
 * The memo as it will print: the engine's HTML render in a sandboxed frame. The frame runs no script
 * (its sandbox grants no scripts) and its page carries its own CSP; allow-same-origin only lets this window
 * hand it its style sheet. That sheet is adopted through the CSS object model rather than left in the page's
 * <style> element and style attributes: a srcdoc frame inherits the app's CSP (style-src 'self'), which refuses
 * inline styles (and says so in the console), while styles set through the CSS object model are not inline.
 */
import { useEffect, useMemo, useRef } from 'react';

interface Props {
  html: string | null;
  busy: boolean;
}

const STYLE_ELEMENT = /<style>([\s\S]*?)<\/style>/i;
/**
 * A style attribute (e.g. a table's column widths). The memo escapes every quote in its text and attribute
 * values, so this matches only attributes the renderer wrote.
 */
const STYLE_ATTRIBUTE = / style="([^"<>]*)"/g;

/**
 * The page without inline styles, and one style sheet holding them: the <style> element's text, plus a rule per
 * style attribute (the attribute is replaced by a marker the rule selects).
 */
export function splitMemoStyles(html: string): { page: string; css: string } {
  const match = STYLE_ELEMENT.exec(html);
  let page = match ? html.slice(0, match.index) + html.slice(match.index + match[0].length) : html;
  const rules: string[] = [];
  page = page.replace(STYLE_ATTRIBUTE, (_all, declarations: string) => {
    rules.push(`[data-memo-style="${rules.length}"] { ${declarations.replace(/[{}]/g, '')} }`);
    return ` data-memo-style="${rules.length - 1}"`;
  });
  return { page, css: [match?.[1] ?? '', ...rules].join('\n') };
}

export function MemoPreview({ html, busy }: Props) {
  const frameRef = useRef<HTMLIFrameElement>(null);
  const parts = useMemo(() => (html === null ? null : splitMemoStyles(html)), [html]);

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame || !parts) return;
    const adopt = () => {
      const doc = frame.contentDocument;
      const view = frame.contentWindow as (Window & typeof globalThis) | null;
      if (!doc || !view) return;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(parts.css);
      doc.adoptedStyleSheets = [sheet];
      frame.dataset.ready = 'true';
    };
    frame.dataset.ready = 'false';
    frame.addEventListener('load', adopt);
    return () => frame.removeEventListener('load', adopt);
  }, [parts]);

  return (
    <div className="memo-preview" aria-busy={busy}>
      {parts ? (
        <iframe ref={frameRef} className="memo-frame" title="Memo preview" sandbox="allow-same-origin" srcDoc={parts.page} data-testid="memo-preview" />
      ) : (
        <p className="muted memo-preview-empty">{busy ? 'Preparing the preview…' : 'No preview.'}</p>
      )}
    </div>
  );
}
