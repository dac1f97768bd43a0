import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { TYPICAL_PAYLOAD } from '../../../../shared/certificates/test-payloads';
import { decodeJpegDataUrl } from '../../cv/pdf/render-cv-pdf';
import { PHOTO_DATA_URL } from '../../cv/pdf/test-cvs';
import { signPayload } from '../signing';
import type { CertificateData } from './certificate-data';
import { matrixFromPathOperators } from './qr';
import { renderCertificatesPdf, renderCertificatesZip } from './render';
import { warmUpCertificateRenderer } from './warm-up';
import { ARABIC_NAME, LOGO_PNG, LONG_NAME, NKO_NAME, SIGNATURE_PNG, sampleCertificate, sampleCohort, testPng } from './test-certificates';

const FONTS_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'resources', 'fonts');
const options = { fontsDir: FONTS_DIR };

/** Each page's text, as a viewer reads it (line breaks between lines). */
async function pageTexts(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** The decompressed content of every stream in the file (pdfkit writes them deflated). */
function streams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const found: string[] = [];
  for (const match of raw.matchAll(/stream\n([\s\S]*?)\nendstream/g)) {
    try {
      found.push(inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1'));
    } catch {
      found.push(match[1] ?? '');
    }
  }
  return found;
}

const plain = (text: string) => text.replaceAll('\u00a0', ' ').replace(/\s+/g, ' ');
/** A name as pdf.js reads it back: a right-to-left (Arabic, N'Ko) name's words in visual order. */
const asRead = (name: string) => (/[\u0600-\u07ff]/.test(name) ? name.split(' ').reverse().join(' ') : name);

describe('renderCertificatesPdf', () => {
  let cohort: CertificateData[];
  let pdf: Buffer;
  let pages: string[];
  beforeAll(async () => {
    cohort = [
      ...sampleCohort(6),
      sampleCertificate({ participantName: ARABIC_NAME, number: 'FA-2026-000101' }),
      sampleCertificate({ participantName: NKO_NAME, number: 'FA-2026-000102', language: 'en' }),
      sampleCertificate({ participantName: LONG_NAME, number: 'FA-2026-000103', logos: [LOGO_PNG] }),
    ];
    pdf = await renderCertificatesPdf(cohort, options);
    pages = await pageTexts(pdf);
  });

  it('makes one page per certificate, each with its own name and number', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages).toHaveLength(cohort.length);
    cohort.forEach((certificate, i) => {
      const page = plain(pages[i] ?? '');
      expect(page.replace(/\s/g, '')).toContain(asRead(certificate.participantName).replace(/\s/g, ''));
      expect(page).toContain(certificate.number);
      // Nobody else's name on the page.
      for (const other of cohort) if (other !== certificate && other.participantName !== certificate.participantName) expect(page).not.toContain(other.number);
    });
  });

  it('prints the same static text on every page (drawn once, then repeated)', () => {
    cohort.forEach((certificate, i) => {
      const page = plain(pages[i] ?? '');
      for (const text of ['Association Foras', 'Programme d’aide au retour volontaire et à la réintégration', 'Khadija El Amrani', 'Coordinatrice du programme', 'Jean-Pierre Mensah']) expect(page).toContain(text);
      if (certificate.language === 'fr') for (const text of ['Attestation de fin de formation', 'Nous attestons que', 'a suivi et achevé les modules suivants :', 'Compétences de vie', 'du 12 janvier au 27 février 2026 · 24,5 heures', 'Fait à Rabat, le 31 mars 2026', 'Code de vérification']) expect(page).toContain(text);
    });
  });

  it('refuses an empty batch', async () => {
    await expect(renderCertificatesPdf([], options)).rejects.toThrow(RangeError);
    await expect(renderCertificatesZip([], options)).rejects.toThrow(RangeError);
  });

  it('reads Arabic and N’Ko names back word by word as written', () => {
    // Each word comes back in logical order; pdf.js lists the words of a right-to-left name as they sit on the page, right-most last.
    expect(plain(pages[6] ?? '')).toContain(asRead(ARABIC_NAME));
    expect(plain(pages[7] ?? '')).toContain(asRead(NKO_NAME));
    expect(pages.join('')).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('prints French and English wording', () => {
    expect(plain(pages[0] ?? '')).toContain('Attestation de fin de formation');
    expect(plain(pages[0] ?? '')).toContain('Fait à Rabat, le 31 mars 2026');
    expect(plain(pages[7] ?? '')).toContain('Certificate of Completion');
    expect(plain(pages[7] ?? '')).toContain('Issued in Rabat on 31 March 2026');
  });

  it('embeds the Noto fonts and never uses Helvetica', () => {
    const raw = pdf.toString('latin1');
    expect(raw).not.toMatch(/Helvetica/);
    expect(raw).not.toMatch(/\/Subtype \/Type1/);
    expect(raw).toMatch(/\/FontFile2 /);
    for (const name of ['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Bold', 'NotoSansNKo-Regular']) expect(raw).toMatch(new RegExp(`/FontName /[A-Z]{6}\\+${name}\\b`));
    // Each face once for the whole cohort, not once per page.
    expect(raw.match(/\/FontFile2 /g)?.length).toBeLessThanOrEqual(5);
  });

  it('embeds a signature or logo once however many pages show it', () => {
    const raw = pdf.toString('latin1');
    // The signature (on every page) and the logo: two images, each with its transparency mask.
    expect(raw.match(/\/Subtype \/Image/g)).toHaveLength(4);
    expect(raw).toMatch(/\/SMask \d+ 0 R/);
  });

  it('draws the QR code of each certificate as squares, with as many modules as the qrcode package gives its text', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const qrText = signPayload(TYPICAL_PAYLOAD, privateKey);
    const single = await renderCertificatesPdf([sampleCertificate({ qrText, signatories: [] })], options);
    const reference = QRCode.create(qrText, { errorCorrectionLevel: 'M' });
    const content = streams(single).find((stream) => / 1 re\n/.test(stream)) ?? '';
    const drawn = matrixFromPathOperators(content, reference.modules.size);
    expect(Buffer.from(drawn).equals(Buffer.from(reference.modules.data))).toBe(true);
    // Vector squares: no image at all on this page.
    expect(single.toString('latin1')).not.toMatch(/\/Subtype \/Image/);
  });

  it('reports progress and stops when cancelled', async () => {
    const seen: Array<[number, number]> = [];
    await renderCertificatesPdf(sampleCohort(3), { ...options, onProgress: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const controller = new AbortController();
    let last = 0;
    const cancelled = renderCertificatesPdf(sampleCohort(200), {
      ...options,
      signal: controller.signal,
      onProgress: (done) => {
        last = done;
        if (done === 5) controller.abort();
      },
    });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(last).toBe(5);
    const already = new AbortController();
    already.abort();
    await expect(renderCertificatesPdf(sampleCohort(2), { ...options, signal: already.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('refuses unusable images before drawing anything', async () => {
    const seen: number[] = [];
    const corrupt = Buffer.concat([testPng(4, 4, () => [0, 0, 0, 255]).subarray(0, 40), Buffer.alloc(30, 7)]);
    await expect(renderCertificatesPdf([sampleCertificate({ logos: [Buffer.from('not an image')] })], options)).rejects.toThrow(/logo 1 is not a PNG or JPEG/);
    await expect(
      renderCertificatesPdf([sampleCertificate({ signatories: [{ name: 'Awa', title: 'Formatrice', signature: corrupt }] })], { ...options, onProgress: (done) => seen.push(done) }),
    ).rejects.toThrow(/signature of Awa is a damaged PNG/);
    expect(seen).toEqual([]);
  });

  it('embeds a JPEG signature as it is', async () => {
    const jpeg = decodeJpegDataUrl(PHOTO_DATA_URL) as Buffer;
    const single = await renderCertificatesPdf([sampleCertificate({ signatories: [{ name: 'Awa', title: 'Formatrice', signature: jpeg }] })], options);
    expect(single.toString('latin1')).toMatch(/\/Filter \/DCTDecode/);
  });
});

describe('warmUpCertificateRenderer', () => {
  it('prepares the renderer without printing anything', async () => {
    await expect(warmUpCertificateRenderer(FONTS_DIR)).resolves.toBeUndefined();
  });
});

describe('renderCertificatesZip', () => {
  it('holds one valid one-page PDF per participant, under safe and unique names', async () => {
    const cohort = [
      sampleCertificate({ participantName: 'Awa Diop', number: 'FA-2026-000001' }),
      sampleCertificate({ participantName: 'Awa Diop', number: 'FA-2026-000002' }),
      sampleCertificate({ participantName: 'Aïssatou "Aïcha" N\'Diaye / Sow', number: 'FA-2026-000003' }),
      sampleCertificate({ participantName: ARABIC_NAME, number: 'FA-2026-000004' }),
      sampleCertificate({ participantName: 'CON', number: 'FA-2026-000005', signatories: [{ name: 'Khadija', title: 'Coordinatrice', signature: SIGNATURE_PNG }] }),
    ];
    const files = unzipSync(await renderCertificatesZip(cohort, options));
    const names = Object.keys(files);
    expect(names).toEqual([
      'Awa Diop - FA-2026-000001.pdf',
      'Awa Diop - FA-2026-000002.pdf',
      'Aïssatou Aïcha N\'Diaye Sow - FA-2026-000003.pdf',
      `${ARABIC_NAME} - FA-2026-000004.pdf`,
      'CON - FA-2026-000005.pdf',
    ]);
    for (const [i, name] of names.entries()) {
      const file = files[name] as Uint8Array;
      expect(Buffer.from(file.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const pages = await pageTexts(file);
      expect(pages).toHaveLength(1);
      expect(plain(pages[0] ?? '')).toContain(cohort[i]?.number);
    }
  });
});
