// The comparison for certificates: the same certificates as one HTML document printed by Chromium's printToPDF (what an Electron app gets from webContents.printToPDF).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import QRCode from 'qrcode';
import {
  CERTIFICATE_WORDING,
  formatCertificateNumberLabel,
  formatDateRange,
  formatHours,
  formatPlaceAndDate,
} from '../../../shared/certificates/wording';
import type { CertificateData } from '../../../electron/core/certificates';
import { qrSegments } from '../../../electron/core/certificates/pdf/qr';
import { launchChromium } from '../../browser/app';
import { RESOURCES_DIR } from '../../lib/paths';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Noto Sans embedded in the page as data: URLs, as a packaged app would ship its fonts (no system font is used). */
function fontFaces(): string {
  const face = (file: string, weight: number) =>
    `@font-face { font-family: 'Noto Sans'; font-weight: ${weight}; src: url(data:font/ttf;base64,${readFileSync(join(RESOURCES_DIR, 'fonts', file)).toString('base64')}) format('truetype'); }`;
  return [face('NotoSans-Regular.ttf', 400), face('NotoSans-Bold.ttf', 700)].join('\n');
}

/** A4 landscape, the same colours, sizes and places as layout.ts, written as a web developer would: flow layout, the browser wraps. */
const STYLE = `
@page { size: A4 landscape; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Noto Sans', sans-serif; color: #1b2b30; }
.page { position: relative; width: 297mm; height: 210mm; overflow: hidden; page-break-after: always; break-after: page;
  padding: 50pt 62pt; display: flex; flex-direction: column; align-items: center; text-align: center; }
.page:last-child { page-break-after: auto; break-after: auto; }
.frame { position: absolute; border: 1.1pt solid #0b7285; inset: 18pt; }
.frame.inner { border-width: 0.4pt; inset: 24pt; }
.logo { position: absolute; top: 50pt; left: 62pt; width: 130pt; height: 58pt; object-fit: contain; object-position: left center; }
.organisation { font-weight: 700; font-size: 14pt; color: #0b7285; margin: 4pt 146pt 0; line-height: 1.3; }
.programme { font-size: 10.5pt; color: #4f5f64; margin: 1pt 146pt 0; line-height: 1.3; }
h1 { font-size: 30pt; margin: 22pt 0 6pt; line-height: 1.3; }
.rule { width: 56pt; height: 1.4pt; background: #0b7285; }
.body { flex: 1; display: flex; flex-direction: column; justify-content: center; gap: 8pt; width: 100%; }
.lead, .statement { font-size: 12.5pt; color: #4f5f64; }
.name { font-size: 34pt; font-weight: 700; line-height: 1.18; overflow-wrap: anywhere; }
.module { font-size: 11.5pt; line-height: 1.45; }
.place { font-size: 11pt; margin-top: 8pt; }
.footer { width: 100%; display: flex; align-items: flex-end; justify-content: center; gap: 24pt; padding-right: 130pt; }
.signatory { width: 194pt; }
.signature { display: block; height: 44pt; max-width: 174pt; margin: 0 auto 3pt; object-fit: contain; object-position: center bottom; }
.line { border-top: 0.5pt solid #8aa9b0; margin: 0 14pt 5pt; }
.signatory b { display: block; font-size: 10.5pt; }
.signatory span { display: block; font-size: 9pt; color: #4f5f64; }
.qr { position: absolute; right: 62pt; bottom: 50pt; width: 110pt; text-align: center; }
.qr svg { display: block; width: 90pt; height: 90pt; margin: 0 auto 10pt; }
.verification { font-size: 7.5pt; color: #4f5f64; }
.number { font-size: 8.5pt; }
`;

/** The QR symbol as inline SVG: the qrcode package's own SVG of the same segments at level M (the same symbol qr.ts draws). */
async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(qrSegments(text), { type: 'svg', errorCorrectionLevel: 'M', margin: 0, color: { dark: '#000000', light: '#0000' } });
}

/** One certificate's page, with the words layout.ts prints (wording.ts). */
async function certificatePage(data: CertificateData, imageUrl: (image: Buffer) => string): Promise<string> {
  const wording = CERTIFICATE_WORDING[data.language];
  const statement = data.modules.length === 1 ? wording.statement[data.kind].one : wording.statement[data.kind].many;
  const modules = data.modules
    .map((module) => `<div class="module"><b>${escapeHtml(module.title)}</b> — ${escapeHtml(`${formatDateRange(module.from, module.to, data.language)} · ${formatHours(module.hours, data.language)}`)}</div>`)
    .join('');
  const signatories = data.signatories
    .map((person) => `<div class="signatory">${person.signature ? `<img class="signature" src="${imageUrl(person.signature)}" alt="">` : ''}<div class="line"></div><b>${escapeHtml(person.name)}</b><span>${escapeHtml(person.title)}</span></div>`)
    .join('');
  return `<section class="page"><div class="frame"></div><div class="frame inner"></div>
${data.logos.slice(0, 1).map((logo) => `<img class="logo" src="${imageUrl(logo)}" alt="">`).join('')}
<div class="organisation">${escapeHtml(data.organisation)}</div><div class="programme">${escapeHtml(data.programme)}</div>
<h1>${escapeHtml(wording.title[data.kind])}</h1><div class="rule"></div>
<div class="body"><div class="lead">${escapeHtml(wording.lead)}</div><div class="name">${escapeHtml(data.participantName)}</div><div class="statement">${escapeHtml(statement)}</div>${modules}<div class="place">${escapeHtml(formatPlaceAndDate(data.place, data.issuedOn, data.language))}</div></div>
<div class="footer">${signatories}</div>
<div class="qr">${await qrSvg(data.qrText)}<div class="verification">${escapeHtml(wording.verification)}</div><div class="number">${escapeHtml(formatCertificateNumberLabel(data.number, data.language))}</div></div>
</section>`;
}

/**
 * Writes the certificates as one HTML file in `dir` (logos and signatures
 * beside it, each distinct image once, as a page references a URL) and
 * returns its path. Built before the clock starts: only Chromium is timed.
 */
export async function writeCertificatesHtml(certificates: readonly CertificateData[], dir: string): Promise<string> {
  const images = new Map<string, string>();
  const imageUrl = (image: Buffer) => {
    const hash = createHash('sha256').update(image).digest('hex').slice(0, 16);
    let name = images.get(hash);
    if (!name) {
      name = `image-${hash}.png`;
      writeFileSync(join(dir, name), image);
      images.set(hash, name);
    }
    return name;
  };
  const pages: string[] = [];
  for (const certificate of certificates) pages.push(await certificatePage(certificate, imageUrl));
  const file = join(dir, 'certificates.html');
  const language = certificates[0]?.language ?? 'fr';
  writeFileSync(file, `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Certificates</title><style>${fontFaces()}\n${STYLE}</style></head><body>\n${pages.join('\n')}\n</body></html>`);
  return file;
}

/**
 * Chromium's path, timed from launching a fresh browser (as each Electron
 * print window starts cold) to the PDF's bytes: open the document, wait for
 * its fonts, page.pdf A4 landscape with backgrounds. Closing the browser
 * afterwards is not timed.
 */
export async function printWithChromium(htmlFile: string): Promise<{ ms: number; pdf: Buffer }> {
  const start = performance.now();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: 300_000 });
    await page.evaluate(() => document.fonts.ready.then(() => document.fonts.size));
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    const ms = performance.now() - start;
    return { ms, pdf };
  } finally {
    await browser.close();
  }
}
