import type { DocumentModel } from '../document/model';
import type { ImportContext } from './context';
import { decodeText, type DecodedText } from './decode';
import { DEFAULT_LIMITS, ImportError, type ImportLimits } from './errors';
import { importDocx } from './docx';
import { importMarkdown } from './markdown';
import { markdownOverload } from './markdown/complexity';
import { htmlDocumentToMarkdown } from './markdown/html-document';
import { importPdf } from './pdf';
import { sniffFormat } from './sniff';
import { importPlainText } from './text';

export { ImportError, DEFAULT_LIMITS } from './errors';
export type { ImportErrorCode, ImportLimits } from './errors';

export interface ImportOptions {
  limits?: Partial<ImportLimits>;
}

/**
 * Turns a file into the document model. The format is decided by the content (see sniffFormat), never by the
 * name alone. Fails only with an ImportError whose code says why.
 */
export async function importDocument(bytes: Uint8Array, name: string, options: ImportOptions = {}): Promise<DocumentModel> {
  const limits: ImportLimits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.byteLength === 0) throw new ImportError('EMPTY', `${name} is empty (0 bytes).`);
  if (bytes.byteLength > limits.maxBytes) {
    throw new ImportError(
      'TOO_LARGE',
      `${name} is ${formatBytes(bytes.byteLength)}; the largest file License Desk imports is ${formatBytes(limits.maxBytes)}.`,
      { bytes: bytes.byteLength, limit: limits.maxBytes },
    );
  }
  const ctx: ImportContext = { name, limits, warnings: [] };
  let decoded: DecodedText | undefined;
  const decode = () => (decoded ??= decodeText(bytes));
  const sniffed = sniffFormat(bytes, name, () => decode().text);

  let model: DocumentModel;
  try {
    model = await importSniffed(bytes, name, ctx, sniffed, decode);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // A parser failing in a way we did not foresee still means the file is broken, not that the app is.
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError('CORRUPT', `${name} could not be read: ${message}`, { cause: message });
  }
  if (model.text.trim().length === 0) {
    throw new ImportError('EMPTY', `${name} contains no text.`);
  }
  if (model.text.length > limits.maxTextLength) {
    throw new ImportError('TOO_LARGE', `${name} has more than ${limits.maxTextLength.toLocaleString('en')} characters of text.`, {
      characters: model.text.length,
      limit: limits.maxTextLength,
    });
  }
  return model;
}

async function importSniffed(
  bytes: Uint8Array,
  name: string,
  ctx: ImportContext,
  sniffed: ReturnType<typeof sniffFormat>,
  decode: () => DecodedText,
): Promise<DocumentModel> {
  switch (sniffed.kind) {
    case 'ole':
      // Password-protected .docx files are OLE containers holding an "EncryptedPackage" stream.
      if (containsUtf16(bytes, 'EncryptedPackage')) {
        throw new ImportError('ENCRYPTED', `${name} is a password-protected Word document; remove the password in Word and import it again.`);
      }
      throw new ImportError('UNSUPPORTED_FORMAT', `${name} is a legacy Word 97–2003 (.doc) or other Office binary file; save it as .docx and import that.`);
    case 'zip':
      throw new ImportError('UNSUPPORTED_FORMAT', `${name} is a zip package but not a Word document (no word/document.xml).`);
    case 'binary':
      if (/\.(pdf|docx)$/i.test(name)) {
        throw new ImportError('CORRUPT', `${name} is not a valid ${name.split('.').pop()!.toUpperCase()} file: its content is ${sniffed.what}.`);
      }
      throw new ImportError('UNSUPPORTED_FORMAT', `${name} is ${sniffed.what}, not a PDF, Word (.docx), Markdown, text or web page (HTML) file.`);
    case 'format':
      break;
  }
  switch (sniffed.format) {
    case 'pdf':
      return importPdf(bytes, ctx);
    case 'docx':
      return importDocx(bytes, ctx);
    case 'markdown':
    case 'text': {
      const { text, warning } = decode();
      if (warning) ctx.warnings.push(warning);
      if (/\.(pdf|docx)$/i.test(name)) ctx.warnings.push(`The file is named ${name} but contains plain text; it was imported as text.`);
      if (sniffed.format === 'text') return importPlainText(text, bytes, ctx);
      if (sniffed.html) {
        ctx.warnings.push(`${name} is a web page (HTML): its text was read with its headings, lists, tables and links; page navigation, scripts and styles were left out.`);
        return importMarkdown(htmlDocumentToMarkdown(text), bytes, ctx);
      }
      const overload = markdownOverload(text);
      if (!overload) return importMarkdown(text, bytes, ctx);
      ctx.warnings.push(`This Markdown file was imported as plain text: ${overload}.`);
      return importPlainText(text, bytes, ctx);
    }
  }
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = Buffer.from(word, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
