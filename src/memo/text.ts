/**
 * Text as every memo format can carry it. Document text and reviewer input are untrusted: a control character
 * makes a DOCX unreadable (XML 1.0 forbids it) and a lone surrogate breaks UTF-8 output, so both are removed
 * before any renderer sees the string. Escaping for the format itself is each renderer's job.
 */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, '');
}

/** One line: newlines and runs of spaces become one space (table cells, headings). */
export function oneLine(text: string): string {
  return printable(text).replace(/\s+/g, ' ').trim();
}

/** "28 November 2026" for an ISO timestamp, in the given time zone (default: the machine's). */
export function formatDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', ...(timeZone ? { timeZone } : {}) }).format(date);
}

/** A file name built from a model name: "Llama 3.1 8B" -> "llama-3.1-8b". */
export function fileSlug(text: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return slug || 'assessment';
}

/** The start of a long text, cut at a word boundary with an ellipsis: "If you distribute or make available…". */
export function excerpt(text: string, max: number): string {
  const flat = oneLine(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
