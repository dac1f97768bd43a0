import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import fc from 'fast-check';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { TYPICAL_PAYLOAD } from '../../../../shared/certificates/test-payloads';
import { createMeasurer, type TextMeasurer } from '../../cv/pdf/measure';
import { signPayload } from '../signing';
import { CERTIFICATE_CONTENT_BOX, CERTIFICATE_PAGE, layoutCertificate, type CertificateItem, type CertificateLayout, type QrItem, type TextItem } from './layout';
import { QR_QUIET_ZONE, matrixFromPathOperators, qrMatrix, qrPathOperators, qrSegments } from './qr';
import { ARABIC_NAME, LOGO_PNG, LONG_NAME, NKO_NAME, NO_SPACE_NAME, SIGNATURE_PNG, sampleCertificate } from './test-certificates';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');

let measurer: TextMeasurer;
beforeAll(async () => {
  measurer = await createMeasurer(FONTS_DIR);
});

const texts = (layout: CertificateLayout, role?: TextItem['role']) => layout.items.filter((item): item is TextItem => item.kind === 'text' && (role === undefined || item.role === role));
const qrOf = (layout: CertificateLayout) => layout.items.find((item): item is QrItem => item.kind === 'qr');
const plain = (text: string) => text.replaceAll('\u00a0', ' ');

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What an item covers on the page (a QR code with its quiet zone). */
function boxOf(item: CertificateItem): Box {
  if (item.kind === 'qr') {
    const margin = QR_QUIET_ZONE * item.moduleSize;
    const side = item.matrix.size * item.moduleSize;
    return { x: item.x - margin, y: item.y - margin, width: side + 2 * margin, height: side + 2 * margin };
  }
  return item;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Everything but the border sits inside the content box, and nothing covers anything else. */
function expectTidy(layout: CertificateLayout): void {
  const { left, right, top, bottom } = CERTIFICATE_CONTENT_BOX;
  const placed = layout.items.filter((item) => item.kind !== 'frame');
  for (const item of placed) {
    const box = boxOf(item);
    const label = item.kind === 'text' ? `${item.role} “${item.text}”` : item.kind;
    expect(box.x, label).toBeGreaterThanOrEqual(left - 0.01 - (item.kind === 'qr' ? QR_QUIET_ZONE * item.moduleSize : 0));
    expect(box.x + box.width, label).toBeLessThanOrEqual(right + 0.01 + (item.kind === 'qr' ? QR_QUIET_ZONE * item.moduleSize : 0));
    expect(box.y, label).toBeGreaterThanOrEqual(top - 0.01 - (item.kind === 'qr' ? QR_QUIET_ZONE * item.moduleSize : 0));
    expect(box.y + box.height, label).toBeLessThanOrEqual(bottom + 0.01);
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i] as CertificateItem;
      const b = placed[j] as CertificateItem;
      // The parts of one module line sit side by side; a signature image sits just above its line.
      if (a.kind === 'text' && b.kind === 'text' && a.role === 'module' && b.role === 'module' && a.y === b.y) continue;
      expect(overlap(boxOf(a), boxOf(b)), `${a.kind}/${'role' in a ? a.role : ''} overlaps ${b.kind}/${'role' in b ? b.role : ''}`).toBe(false);
    }
  }
}

describe('layoutCertificate', () => {
  it('lays out an A4 landscape page with everything in place', () => {
    const layout = layoutCertificate(sampleCertificate({ logos: [LOGO_PNG, LOGO_PNG] }), measurer);
    expect(CERTIFICATE_PAGE.width).toBeGreaterThan(CERTIFICATE_PAGE.height);
    expectTidy(layout);
    expect(texts(layout, 'name').map((item) => item.text)).toEqual(['Aïssatou Diop']);
    expect(texts(layout, 'name')[0]?.size).toBe(34);
    expect(layout.items.filter((item) => item.kind === 'image' && item.role === 'logo')).toHaveLength(2);
    expect(layout.items.filter((item) => item.kind === 'image' && item.role === 'signature')).toHaveLength(1);
    expect(texts(layout, 'signatoryName').map((item) => item.text)).toEqual(['Khadija El Amrani', 'Jean-Pierre Mensah']);
  });

  it('centres the name on the page', () => {
    const [name] = texts(layoutCertificate(sampleCertificate(), measurer), 'name');
    expect(Math.abs((name?.x ?? 0) + (name?.width ?? 0) / 2 - CERTIFICATE_PAGE.width / 2)).toBeLessThan(0.01);
  });

  it('shrinks a long name to one line, then wraps a longer one, always inside the page', () => {
    const medium = texts(layoutCertificate(sampleCertificate({ participantName: 'Ndèye Aïssatou Marie-Thérèse Kouassi-Ouédraogo Diallo' }), measurer), 'name');
    expect(medium).toHaveLength(1);
    expect(medium[0]?.size).toBeLessThan(34);
    expect(medium[0]?.size).toBeGreaterThanOrEqual(22);
    for (const participantName of [LONG_NAME, NO_SPACE_NAME]) {
      const layout = layoutCertificate(sampleCertificate({ participantName }), measurer);
      expectTidy(layout);
      const lines = texts(layout, 'name');
      expect(lines.length).toBeGreaterThan(1);
      expect(new Set(lines.map((line) => line.size)).size).toBe(1);
      expect(lines.map((line) => line.text).join(participantName === LONG_NAME ? ' ' : '')).toBe(participantName);
    }
  });

  it('keeps Arabic and N’Ko names, in their own fonts, inside the page', () => {
    for (const [participantName, face] of [
      [ARABIC_NAME, 'arabicBold'],
      [NKO_NAME, 'nko'],
    ] as const) {
      const layout = layoutCertificate(sampleCertificate({ participantName }), measurer);
      expectTidy(layout);
      const [name] = texts(layout, 'name');
      expect(name?.text).toBe(participantName);
      expect(name?.runs.some((run) => run.face === face)).toBe(true);
    }
  });

  it('stays tidy with everything at its longest', () => {
    const long = 'Programme d’accompagnement à la réintégration durable des personnes migrantes de retour au Burkina Faso, au Cameroun, en Côte d’Ivoire, en Guinée, au Mali';
    const layout = layoutCertificate(
      sampleCertificate({
        participantName: LONG_NAME,
        organisation: 'Association marocaine pour l’accompagnement des personnes migrantes — bureau régional de Rabat-Salé',
        programme: long,
        modules: [
          { title: 'Compétences de vie : confiance en soi, communication, gestion du stress et du budget familial', from: '2025-12-01', to: '2026-03-31', hours: 36.5 },
          { title: 'Entrepreneuriat', from: '2026-01-05', to: '2026-03-30', hours: 24 },
          { title: 'Orientation', from: '2026-03-31', to: '2026-03-31', hours: 2 },
        ],
        signatories: [
          { name: 'Khadija El Amrani Benjelloun', title: 'Coordinatrice nationale du programme de réintégration', signature: SIGNATURE_PNG },
          { name: 'Jean-Pierre Mensah', title: 'Formateur principal', signature: SIGNATURE_PNG },
          { name: 'Awa Ndiaye', title: 'Directrice du bureau de Rabat', signature: SIGNATURE_PNG },
        ],
        logos: [LOGO_PNG, SIGNATURE_PNG],
      }),
      measurer,
    );
    expectTidy(layout);
    expect(texts(layout, 'signatoryName')).toHaveLength(3);
  });

  it('words the certificate in its own language and kind', () => {
    const french = texts(layoutCertificate(sampleCertificate({ language: 'fr', kind: 'completion' }), measurer)).map((item) => plain(item.text));
    expect(french).toEqual(
      expect.arrayContaining(['Attestation de fin de formation', 'Nous attestons que', 'a suivi et achevé les modules suivants :', 'Fait à Rabat, le 31 mars 2026', 'N° FA-2026-000001', 'Code de vérification']),
    );
    expect(french.join(' ')).toContain('du 12 janvier au 27 février 2026 · 24,5 heures');
    const english = texts(
      layoutCertificate(sampleCertificate({ language: 'en', kind: 'participation', modules: [{ title: 'Life skills', from: '2026-01-12', to: '2026-02-27', hours: 24.5 }] }), measurer),
    ).map((item) => plain(item.text));
    expect(english).toEqual(expect.arrayContaining(['Certificate of Participation', 'This is to certify that', 'took part in the following module:', 'Issued in Rabat on 31 March 2026', 'No. FA-2026-000001']));
    expect(english.join(' ')).toContain('12 January – 27 February 2026 · 24.5 hours');
    expect(english.join(' ')).not.toMatch(/attestons|heures|Fait à/);
  });

  it('draws the QR code of the certificate’s signed text, with its quiet zone free', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const certificate = sampleCertificate({ qrText: signPayload(TYPICAL_PAYLOAD, privateKey) });
    const layout = layoutCertificate(certificate, measurer);
    const qr = qrOf(layout);
    // As many modules as the qrcode package gives the text; the very modules it gives the text as one byte segment.
    expect(qr?.matrix.size).toBe(QRCode.create(certificate.qrText, { errorCorrectionLevel: 'M' }).modules.size);
    const reference = QRCode.create(qrSegments(certificate.qrText), { errorCorrectionLevel: 'M' });
    expect(Buffer.from(qr?.matrix.dark ?? []).equals(Buffer.from(reference.modules.data))).toBe(true);
    expectTidy(layout);
    // Printed large enough for a phone: at least 0.45 mm a module.
    expect((qr?.moduleSize ?? 0) * (25.4 / 72)).toBeGreaterThan(0.45);
  });
});

describe('QR matrices', () => {
  it('are exactly what the qrcode package builds for the same segment', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 600 }), (text) => {
        const reference = QRCode.create(qrSegments(text), { errorCorrectionLevel: 'M' });
        const ours = qrMatrix(text);
        return ours.size === reference.modules.size && Buffer.from(ours.dark).equals(Buffer.from(reference.modules.data));
      }),
      { numRuns: 60 },
    );
  });

  it('draw every dark module and nothing else', () => {
    const matrix = qrMatrix('FA1.abc.def');
    expect(matrixFromPathOperators(qrPathOperators(matrix), matrix.size)).toEqual(matrix.dark);
  });
});
