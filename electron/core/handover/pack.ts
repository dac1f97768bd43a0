import { zipSync, type Zippable } from 'fflate';
import { safeFileNamePart } from '../../../shared/certificates/file-names';

export interface PackFile {
  name: string;
  bytes: Uint8Array;
}

/**
 * Names for the files of a pack, in the order they are read: "01 Dossier -
 * Awa Diop.pdf", "02 CV - Coiffeuse.pdf"… made safe on every common file
 * system (see safeFileNamePart), never twice the same (letter case aside,
 * as Windows and macOS see it).
 */
export function createFileNamer(): (prefix: string, title: string) => string {
  const taken = new Set<string>();
  let counter = 0;
  return (prefix, title) => {
    counter += 1;
    const stem = [safeFileNamePart(prefix, 40), safeFileNamePart(title, 90)].filter(Boolean).join(' - ') || 'document';
    const base = `${String(counter).padStart(2, '0')} ${stem}`;
    let name = `${base}.pdf`;
    for (let copy = 2; taken.has(name.toLowerCase()); copy++) name = `${base} (${copy}).pdf`;
    taken.add(name.toLowerCase());
    return name;
  };
}

/** The pack as one ZIP. PDF streams are already deflated: stored as they are, which is faster and no bigger. */
export function zipPack(files: readonly PackFile[], modified: Date): Uint8Array {
  const entries: Zippable = {};
  for (const file of files) entries[file.name] = [file.bytes, { level: 0, mtime: modified }];
  return zipSync(entries, { level: 0, mtime: modified });
}

/** The ZIP's own name: "Dossier de transmission - Awa Diop - 2026-03-02.zip". */
export function packFileName(title: string, participantName: string, isoDate: string): string {
  return `${[safeFileNamePart(title, 40), safeFileNamePart(participantName, 100), isoDate].filter(Boolean).join(' - ')}.zip`;
}
