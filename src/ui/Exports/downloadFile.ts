/** Hand a file the app made to the browser's download (Blob + object URL; nothing leaves the device). */

/**
 * Download data as a file.
 * @param data - the file's content (text is written as UTF-8)
 * @param fileName - suggested file name
 * @param mimeType - MIME type of the content
 */
export function downloadFile(data: string | Uint8Array, fileName: string, mimeType: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file name from a patient code and a date, with only safe characters.
 * @param code - patient pseudonym (or empty)
 * @param dateIso - session date
 * @param extension - ending with its dot, e.g. `.trc`
 * @returns e.g. `P-0042_2025-01-02.trc`
 */
export function exportFileName(code: string, dateIso: string, extension: string): string {
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 64);
  const stem = [safe(code), dateIso.slice(0, 10)].filter(Boolean).join('_') || 'gaitlens';
  return `${stem}${extension}`;
}
