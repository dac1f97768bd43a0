import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';
import {
  CertificatePayloadError,
  certificateText,
  decodeCertificatePayload,
  encodeCertificatePayload,
  formatCertificateNumber,
  parseCertificateText,
  type CertificatePayload,
} from './payload';
import { TYPICAL_PAYLOAD } from './test-payloads';


const FAKE_SIGNATURE = new Uint8Array(64).fill(7);

function errorOf(action: () => unknown): CertificatePayloadError {
  try {
    action();
  } catch (error) {
    if (error instanceof CertificatePayloadError) return error;
    throw error;
  }
  throw new Error('expected a CertificatePayloadError');
}

describe('base64url', () => {
  it('round-trips any bytes, without padding or +/', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes);
        return !/[=+/]/.test(text) && Buffer.from(text, 'base64url').equals(Buffer.from(bytes)) && Buffer.from(decodeBase64url(text) ?? []).equals(Buffer.from(bytes));
      }),
    );
  });

  it('refuses non-canonical or foreign text', () => {
    expect(decodeBase64url('QQ')).toEqual(new Uint8Array([65]));
    expect(decodeBase64url('QR')).toBeNull(); // same bytes to a lenient decoder, unused bits set
    expect(decodeBase64url('QQ==')).toBeNull();
    expect(decodeBase64url('Q')).toBeNull();
    expect(decodeBase64url('ab+/')).toBeNull();
    expect(decodeBase64url('éé')).toBeNull();
  });
});

describe('certificate payload', () => {
  it('round-trips a typical certificate', () => {
    expect(decodeCertificatePayload(encodeCertificatePayload(TYPICAL_PAYLOAD))).toEqual(TYPICAL_PAYLOAD);
  });

  it('stays short enough for a QR code readable on paper', () => {
    const text = certificateText(encodeCertificatePayload(TYPICAL_PAYLOAD), FAKE_SIGNATURE);
    expect(text).toMatch(/^FA1\.[\w-]+\.[\w-]{86}$/);
    expect(text.length).toBeLessThan(300);
    expect(QRCode.create(text, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(12);
  });

  it('still encodes a 200-character name, and Arabic or N’Ko names', () => {
    for (const participantName of ['Ndèyeçœur'.repeat(23).slice(0, 200), 'محمد الأمين ولد أحمد', 'ߒߞߏ ߞߊ߲ߜߍ']) {
      const payload = { ...TYPICAL_PAYLOAD, participantName };
      const text = certificateText(encodeCertificatePayload(payload), FAKE_SIGNATURE);
      expect(decodeCertificatePayload(parseCertificateText(text).encodedPayload).participantName).toBe(participantName);
      expect(QRCode.create(text, { errorCorrectionLevel: 'M' }).modules.size).toBeGreaterThan(0);
    }
  });

  it('normalises the name so the same name always gives the same payload', () => {
    const decomposed = { ...TYPICAL_PAYLOAD, participantName: ' Aïssatou Ndèye Diop '.normalize('NFD') };
    expect(encodeCertificatePayload(decomposed)).toBe(encodeCertificatePayload(TYPICAL_PAYLOAD));
  });

  it('refuses to encode a payload that breaks the rules', () => {
    const bad: CertificatePayload[] = [
      { ...TYPICAL_PAYLOAD, participantName: '   ' },
      { ...TYPICAL_PAYLOAD, participantName: 'x'.repeat(301) },
      { ...TYPICAL_PAYLOAD, number: 'FA-26-123' },
      { ...TYPICAL_PAYLOAD, issuedOn: '2026-02-30' },
      { ...TYPICAL_PAYLOAD, modules: [] },
      { ...TYPICAL_PAYLOAD, modules: [{ id: 'life-skills', hours: 1 }, { id: 'life-skills', hours: 2 }] },
      { ...TYPICAL_PAYLOAD, modules: [{ id: 'life-skills', hours: -1 }] },
      { ...TYPICAL_PAYLOAD, participantName: 'Awa\u0000Diop' },
    ];
    for (const payload of bad) expect(errorOf(() => encodeCertificatePayload(payload)).code).toBe('invalid');
  });

  it('refuses malformed input with a typed error', () => {
    const encode = (value: unknown) => encodeBase64url(new TextEncoder().encode(JSON.stringify(value)));
    const malformed = [
      '',
      'not base64!',
      encodeBase64url(new Uint8Array([0xff, 0xfe, 0x00])),
      encode({ version: 1 }),
      encode([2, 'FA-2026-000123', 'Awa', [['L', 3]], 20260331, 'p', 'Foras']),
      encode([1, 'FA-2026-000123', 'Awa', [['X', 3]], 20260331, 'p', 'Foras']),
      encode([1, 'FA-2026-000123', 'Awa', [['L', 3]], 20261331, 'p', 'Foras']),
      encode([1, 'FA-2026-000123', 'Awa', [['L', 3]], 20260331, 'z', 'Foras']),
    ];
    for (const encoded of malformed) expect(errorOf(() => decodeCertificatePayload(encoded)).code).toBe('malformed');
    for (const text of ['', 'FA1', 'FA1..', 'FA2.abc.def', 'FA1.abc.def.ghi', 'https://example.org', 'FA1.a.b']) expect(errorOf(() => parseCertificateText(text)).code).toBe('malformed');
  });

  it('never throws anything but its own error on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          decodeCertificatePayload(text);
          parseCertificateText(text);
        } catch (error) {
          return error instanceof CertificatePayloadError;
        }
        return true;
      }),
    );
  });

  it('formats certificate numbers', () => {
    expect(formatCertificateNumber(2026, 123)).toBe('FA-2026-000123');
  });
});
