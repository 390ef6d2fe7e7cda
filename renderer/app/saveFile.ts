/**
 * Saves a file the app made (a memo, the matrix as CSV) the way a page does: a download of an in-memory blob.
 * Electron answers a download with its save dialog (electron/security.ts lets only the page's own blob: and
 * data: downloads through); a browser saves it to its downloads folder.
 */
export function saveFile(fileName: string, content: Uint8Array | string, mimeType: string): void {
  const part: BlobPart = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own copy once started; the URL is released after it has had time to begin.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
