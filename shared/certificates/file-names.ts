/**
 * File names for certificates saved one per participant (in a ZIP, then
 * unpacked on Windows, macOS or Linux, or onto a USB stick): the person's
 * name as written, accents and other scripts kept, with everything a file
 * system refuses or misreads taken out.
 */

/** Characters Windows refuses in names, and the path separators. */
const FORBIDDEN = /[<>:"/\\|?*]/g;
/** Control characters, and the bidirectional controls that can disguise an extension ("…fdp.exe" shown as "…exe.pdf"). */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Windows device names, refused whatever the extension ("CON.pdf", "com1 .pdf"). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Room for the name part, in UTF-8 bytes: file systems count 255 bytes (ext4) or UTF-16 units (NTFS), and the folder path counts on Windows too. */
const MAX_NAME_BYTES = 120;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** `text` cut to at most `maxBytes` of UTF-8, never inside a character or between a letter and its accents. */
function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  const clusters = text.match(/\P{M}\p{M}*|\p{M}+/gu) ?? [];
  let out = '';
  let bytes = 0;
  for (const cluster of clusters) {
    const size = utf8Length(cluster);
    if (bytes + size > maxBytes) break;
    out += cluster;
    bytes += size;
  }
  return out;
}

/** Text cleaned of what file systems refuse or misread, shortened (may be empty). */
function cleanPart(text: string, maxBytes: number): string {
  const safe = truncateUtf8(
    text
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    maxBytes,
  );
  // Leading dots hide a file on Linux and macOS; trailing dots and spaces are dropped by Windows.
  return safe.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
}

/** A device name is refused by Windows as the part before the extension ("CON", "com1.txt"): such a stem gets a leading "_". */
function avoidReserved(stem: string): string {
  return RESERVED.test(stem.split('.')[0]?.trim() ?? '') ? `_${stem}` : stem;
}

/** One file name (without extension) made safe on every common file system (may be empty). */
export function safeFileNamePart(text: string, maxBytes = MAX_NAME_BYTES): string {
  return avoidReserved(cleanPart(text, maxBytes));
}

export interface CertificateFileEntry {
  participantName: string;
  number: string;
}

/**
 * A `.pdf` name per certificate: "Aïssatou Diop - FA-2026-000123.pdf".
 * The number keeps namesakes apart; should two entries still collide
 * (same name and number, or names differing only in letter case, which
 * Windows and macOS treat as one), " (2)", " (3)"… is added.
 */
export function certificateFileNames(entries: readonly CertificateFileEntry[]): string[] {
  const taken = new Set<string>();
  return entries.map((entry) => {
    const parts = [cleanPart(entry.participantName, MAX_NAME_BYTES), cleanPart(entry.number, 40)].filter(Boolean);
    const base = avoidReserved(parts.join(' - ') || 'certificate');
    let name = `${base}.pdf`;
    for (let copy = 2; taken.has(name.toLowerCase()); copy++) name = `${base} (${copy}).pdf`;
    taken.add(name.toLowerCase());
    return name;
  });
}
