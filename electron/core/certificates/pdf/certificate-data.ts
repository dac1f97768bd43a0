import type { CertificateKind } from '../../../../shared/certificates/payload';
import type { CertificateLanguage } from '../../../../shared/certificates/wording';
import { ImageError, prepareImage } from './images';

/** Everything printed on one certificate, already worded and numbered. */
export interface CertificateData {
  /** The certificate's language, independent of the app's. */
  language: CertificateLanguage;
  kind: CertificateKind;
  /** 'FA-2026-000123' */
  number: string;
  participantName: string;
  /** Dates 'YYYY-MM-DD'; hours as printed (e.g. 24.5). */
  modules: Array<{ title: string; from: string; to: string; hours: number }>;
  place: string;
  /** 'YYYY-MM-DD' */
  issuedOn: string;
  organisation: string;
  programme: string;
  /** Up to 3; `signature` is a PNG or JPEG. */
  signatories: Array<{ name: string; title: string; signature?: Buffer }>;
  /** Up to 2 PNG or JPEG logos, drawn in the upper corners. */
  logos: Buffer[];
  /** The signed text for the QR code (see signing.ts). */
  qrText: string;
}

export const MAX_SIGNATORIES = 3;
export const MAX_LOGOS = 2;

/**
 * Problems that would spoil a certificate, found before anything is drawn
 * (so a cohort of 1,000 does not fail on its last page). Empty when fine.
 */
export function certificateDataProblems(data: CertificateData): string[] {
  const problems: string[] = [];
  const who = data.number || data.participantName;
  if (!data.participantName.trim()) problems.push(`${who}: the participant's name is empty`);
  if (!data.qrText) problems.push(`${who}: the QR text is empty`);
  if (data.signatories.length > MAX_SIGNATORIES) problems.push(`${who}: at most ${MAX_SIGNATORIES} signatories`);
  if (data.logos.length > MAX_LOGOS) problems.push(`${who}: at most ${MAX_LOGOS} logos`);
  data.logos.forEach((logo, i) => {
    const problem = imageProblem(logo);
    if (problem) problems.push(`${who}: logo ${i + 1} is ${problem}`);
  });
  for (const signatory of data.signatories) {
    const problem = signatory.signature ? imageProblem(signatory.signature) : null;
    if (problem) problems.push(`${who}: the signature of ${signatory.name} is ${problem}`);
  }
  return problems;
}

/** What is wrong with an image, or null; each image buffer is decoded once, however many certificates share it. */
function imageProblem(data: Buffer): string | null {
  try {
    prepareImage(data);
    return null;
  } catch (error) {
    if (error instanceof ImageError) return error.message;
    throw error;
  }
}
