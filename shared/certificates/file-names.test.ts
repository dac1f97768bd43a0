import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateFileNames, safeFileNamePart } from './file-names';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** What Windows, macOS and Linux all accept as a file name. */
function isPortable(name: string): boolean {
  return (
    name.length > 0 &&
    !/[<>:"/\\|?*\u0000-\u001f]/.test(name) &&
    !/[. ]$/.test(name) &&
    !name.startsWith('.') &&
    !WINDOWS_RESERVED.test(name) &&
    new TextEncoder().encode(name).length <= 200 &&
    !/[\u202a-\u202e\u2066-\u2069]/.test(name)
  );
}

describe('certificate file names', () => {
  it('keeps the name as written, accents and scripts included', () => {
    expect(certificateFileNames([{ participantName: 'Aïssatou Ndèye Diop', number: 'FA-2026-000123' }])).toEqual(['Aïssatou Ndèye Diop - FA-2026-000123.pdf']);
    expect(certificateFileNames([{ participantName: 'محمد الأمين', number: 'FA-2026-000124' }])).toEqual(['محمد الأمين - FA-2026-000124.pdf']);
    expect(certificateFileNames([{ participantName: 'ߒߞߏ', number: 'FA-2026-000125' }])).toEqual(['ߒߞߏ - FA-2026-000125.pdf']);
  });

  it('takes out what file systems refuse or misread', () => {
    expect(safeFileNamePart('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(safeFileNamePart('  Awa Diop...  ')).toBe('Awa Diop');
    expect(safeFileNamePart('..hidden')).toBe('hidden');
    expect(safeFileNamePart('CON')).toBe('_CON');
    expect(safeFileNamePart('com1.backup')).toBe('_com1.backup');
    expect(safeFileNamePart('Lpt9')).toBe('_Lpt9');
    expect(safeFileNamePart('Connie')).toBe('Connie');
    expect(safeFileNamePart('Awa\u202efdp.exe')).toBe('Awafdp.exe');
    expect(safeFileNamePart('Ami\u0000\u0007nata')).toBe('Aminata');
    expect(safeFileNamePart('A\u0301wa')).toBe('Áwa'); // NFC
  });

  it('shortens long names without cutting a character or its accent', () => {
    const long = 'Ndèyeçœur'.repeat(23).slice(0, 200);
    const part = safeFileNamePart(long);
    expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(120);
    expect(long.startsWith(part)).toBe(true);
    const nko = safeFileNamePart('ߒߞߏ'.repeat(100));
    expect(nko.length % 3).toBe(0);
    const decomposed = safeFileNamePart('e\u0301'.repeat(100), 11);
    expect(decomposed).toBe('é'.repeat(5));
  });

  it('gives namesakes different names, even when only letter case differs', () => {
    const names = certificateFileNames([
      { participantName: 'Awa Diop', number: 'FA-2026-000001' },
      { participantName: 'Awa Diop', number: 'FA-2026-000002' },
      { participantName: 'Awa Diop', number: 'FA-2026-000002' },
      { participantName: 'AWA DIOP', number: 'FA-2026-000002' },
    ]);
    expect(names).toEqual(['Awa Diop - FA-2026-000001.pdf', 'Awa Diop - FA-2026-000002.pdf', 'Awa Diop - FA-2026-000002 (2).pdf', 'AWA DIOP - FA-2026-000002 (3).pdf']);
  });

  it('keeps a name that is a Windows device name when the number follows it', () => {
    expect(certificateFileNames([{ participantName: 'Con', number: 'FA-2026-000001' }])).toEqual(['Con - FA-2026-000001.pdf']);
    expect(certificateFileNames([{ participantName: 'Nul', number: '' }])).toEqual(['_Nul.pdf']);
  });

  it('falls back to the number when nothing of the name is left', () => {
    expect(certificateFileNames([{ participantName: '???', number: 'FA-2026-000001' }])).toEqual(['FA-2026-000001.pdf']);
    expect(certificateFileNames([{ participantName: '', number: '' }])).toEqual(['certificate.pdf']);
  });

  it('always gives portable, unique names', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ participantName: fc.string({ unit: 'binary', maxLength: 300 }), number: fc.constantFrom('FA-2026-000001', 'FA-2026-000002', '') }), { maxLength: 20 }), (entries) => {
        const names = certificateFileNames(entries);
        return names.every(isPortable) && new Set(names.map((name) => name.toLowerCase())).size === names.length;
      }),
    );
  });
});
