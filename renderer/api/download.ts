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
