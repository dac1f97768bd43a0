import { crc32, deflateSync } from 'node:zlib';
import { formatCertificateNumber } from '../../../../shared/certificates/payload';
import type { CertificateData } from './certificate-data';

/** Certificates for the PDF tests, the sample and the timing script. */

export const LONG_NAME = 'Ndèyeçœur Aïssatou Marie-Thérèse Kouassi-Ouédraogo Nkrumah Mbuyi-Tshisekedi Diarrassouba Bamba Koné Traoré Sawadogo Zongo Ouattara Kaboré Compaoré Ndiaye Fall Sow Mbaye Gueye Faye Diouf Cissé Touré'.slice(0, 200);
export const NO_SPACE_NAME = 'Ndèyeçœur'.repeat(23).slice(0, 200);
export const ARABIC_NAME = 'محمد الأمين ولد أحمد';
export const NKO_NAME = 'ߒߞߏ ߞߊ߲ߜߍ ߛߏߘߊ';

const FIRST = ['Aïssatou', 'Mamadou', 'Fatoumata', 'Koffi', 'Mariam', 'Ibrahim', 'Awa', 'Jean-Baptiste', 'Ndèye', 'Sékou', 'Adjoa', 'Moussa'];
const LAST = ['Diop', 'Traoré', 'Koné', 'Kouassi', 'Ouédraogo', 'Camara', 'Mbuyi', 'Bamba', 'Sow', 'Diallo', 'Kaboré', 'Agbeko'];

/** An RGBA PNG drawn by `paint` (tests need real images; none are shipped). */
export function testPng(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(paint(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A handwritten-looking stroke in dark blue ink on transparency. */
export const SIGNATURE_PNG = testPng(240, 80, (x, y) => {
  const curve = 40 + 22 * Math.sin(x / 17) * Math.cos(x / 41) - (x - 120) / 12;
  const ink = Math.abs(y - curve) < 2.2 && x > 12 && x < 228;
  return ink ? [20, 40, 110, 255] : [0, 0, 0, 0];
});

/** A teal disc with a lighter ring: a stand-in logo. */
export const LOGO_PNG = testPng(120, 120, (x, y) => {
  const r = Math.hypot(x - 60, y - 60);
  if (r < 40) return [11, 114, 133, 255];
  if (r < 52 && r > 46) return [11, 114, 133, 160];
  return [0, 0, 0, 0];
});

export function sampleCertificate(overrides: Partial<CertificateData> = {}, index = 0): CertificateData {
  return {
    language: 'fr',
    kind: 'completion',
    number: formatCertificateNumber(2026, index + 1),
    participantName: `${FIRST[index % FIRST.length]} ${LAST[(index * 7) % LAST.length]}`,
    modules: [
      { title: 'Compétences de vie', from: '2026-01-12', to: '2026-02-27', hours: 24.5 },
      { title: 'Entrepreneuriat', from: '2026-03-02', to: '2026-03-27', hours: 18 },
    ],
    place: 'Rabat',
    issuedOn: '2026-03-31',
    organisation: 'Association Foras',
    programme: 'Programme d’aide au retour volontaire et à la réintégration',
    signatories: [
      { name: 'Khadija El Amrani', title: 'Coordinatrice du programme', signature: SIGNATURE_PNG },
      { name: 'Jean-Pierre Mensah', title: 'Formateur' },
    ],
    logos: [],
    qrText: `FA1.${'WzEsIkZBLTIwMjYtMDAwMTIzIiwiQcOvc3NhdG91IE5kw6h5ZSBEaW9wIixbWyJMIiwyNC41XSxbIkUiLDEyXV0sMjAyNjAzMzEsImMiLCJBc3NvY2lhdGlvbiBGb3JhcyJd'}.${String(index).padStart(86, 'A')}`,
    ...overrides,
  };
}

/** `count` certificates with different names and numbers. */
export function sampleCohort(count: number, overrides: Partial<CertificateData> = {}): CertificateData[] {
  return Array.from({ length: count }, (_, i) => sampleCertificate(overrides, i));
}
