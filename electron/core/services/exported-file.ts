import type { ExportedFile } from '../../../shared/api/dto';

/** A file name that every system accepts, keeping accented letters. */
export function safeFileName(title: string, fallback: string): string {
  return title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 60) || fallback;
}

export function exportedFile(fileName: string, content: string, encoding: ExportedFile['encoding'], mimeType: string): ExportedFile {
  return { fileName, content, encoding, mimeType };
}
