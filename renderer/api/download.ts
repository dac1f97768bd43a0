import type { ExportedFile } from '../../shared/api/dto';
import { base64ToBytes } from './base64';

/** Hands a file to the user: a download in the browser host; Electron shows its save dialog for downloads. */
export function download(file: ExportedFile): void {
  const bytes = file.encoding === 'base64' ? base64ToBytes(file.content) : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Opens a PDF in the PDF viewer (a new window in Electron, a tab in the
 * browser host), whose print button opens the system print dialog.
 */
export function openForPrinting(file: ExportedFile): void {
  const bytes = file.encoding === 'base64' ? base64ToBytes(file.content) : new TextEncoder().encode(file.content);
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  window.open(url, '_blank');
  // Long enough for the viewer to read it; the viewer keeps its own copy.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
