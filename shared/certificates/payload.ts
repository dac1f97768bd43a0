import { z } from 'zod';
import { MODULE_IDS, type ModuleId } from '../content/schema';
import { decodeBase64url, encodeBase64url } from './base64url';

/**
 * What a certificate's QR code carries, so anyone with the organisation's
 * public key can check a printed certificate offline.
 *
 * Text form: `FA1.<payload>.<signature>`, both parts base64url (no padding).
 * - The payload is a JSON array, positional to stay short (a QR code printed
 *   ~3 cm wide must stay readable):
 *   `[1,"FA-2026-000123","Aïssatou Diop",[["L",24.5],["E",12]],20260331,"p","Foras"]`
 *   = version, number, name, modules (code, hours), issue date as YYYYMMDD,
 *   kind (p = participation, c = completion), organisation.
 * - The signature (Ed25519, 64 bytes) covers the ASCII text `FA1.<payload>`,
 *   so the prefix and version are signed too.
 * A typical certificate gives ~250 characters (a version 12 QR code at level M).
 */

export const CERTIFICATE_PAYLOAD_VERSION = 1;
export const CERTIFICATE_TEXT_PREFIX = `FA${CERTIFICATE_PAYLOAD_VERSION}`;

export const CERTIFICATE_KINDS = ['participation', 'completion'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export interface CertificateModule {
  id: ModuleId;
  hours: number;
}

export interface CertificatePayload {
  version: typeof CERTIFICATE_PAYLOAD_VERSION;
  /** 'FA-2026-000123' (see formatCertificateNumber). */
  number: string;
  participantName: string;
  modules: CertificateModule[];
  /** 'YYYY-MM-DD' */
  issuedOn: string;
  kind: CertificateKind;
  organisation: string;
}

export type CertificatePayloadErrorCode = 'invalid' | 'malformed';

/** Refused input: `invalid` when encoding a payload that breaks the rules, `malformed` when decoding text that is not a certificate. */
export class CertificatePayloadError extends Error {
  override readonly name = 'CertificatePayloadError';
  constructor(
    readonly code: CertificatePayloadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const MODULE_CODES: Record<ModuleId, string> = { 'life-skills': 'L', entrepreneurship: 'E', orientation: 'O' };
const MODULE_BY_CODE = Object.fromEntries(MODULE_IDS.map((id) => [MODULE_CODES[id], id])) as Record<string, ModuleId>;
const KIND_CODES: Record<CertificateKind, string> = { participation: 'p', completion: 'c' };

export const CERTIFICATE_NUMBER = /^[A-Z]{2,4}-\d{4}-\d{6}$/;
export const MAX_NAME_LENGTH = 300;
export const MAX_ORGANISATION_LENGTH = 120;
const MAX_HOURS = 10_000;

/** 'FA-2026-000123': prefix, year, sequence in the year. */
export function formatCertificateNumber(year: number, sequence: number, prefix = 'FA'): string {
  return `${prefix}-${String(year).padStart(4, '0')}-${String(sequence).padStart(6, '0')}`;
}

const isRealDate = (iso: string): boolean => {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

const printable = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((value) => value.trim() === value && !/[\u0000-\u001f\u007f]/.test(value), 'no surrounding spaces or control characters');

const payloadSchema = z.strictObject({
  version: z.literal(CERTIFICATE_PAYLOAD_VERSION),
  number: z.string().regex(CERTIFICATE_NUMBER),
  participantName: printable(MAX_NAME_LENGTH),
  modules: z
    .array(z.strictObject({ id: z.enum(MODULE_IDS), hours: z.number().min(0).max(MAX_HOURS).refine((hours) => Math.abs(hours * 10 - Math.round(hours * 10)) < 1e-6, 'at most one decimal') }))
    .min(1)
    .max(MODULE_IDS.length)
    .refine((modules) => new Set(modules.map((module) => module.id)).size === modules.length, 'each module once'),
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(isRealDate, 'a real date'),
  kind: z.enum(CERTIFICATE_KINDS),
  organisation: printable(MAX_ORGANISATION_LENGTH),
});

/** The wire form: positional and coded (see the top of this file). */
const wireSchema = z.tuple([
  z.literal(CERTIFICATE_PAYLOAD_VERSION),
  z.string(),
  z.string(),
  z.array(z.tuple([z.string(), z.number()])),
  z.number().int().min(10000101).max(99991231),
  z.string(),
  z.string(),
]);

const explain = (error: z.ZodError): string => error.issues.map((issue) => `${issue.path.map(String).join('.') || 'payload'}: ${issue.message}`).join('; ');

/**
 * The payload as base64url text. Names and the organisation are put in
 * Unicode NFC and trimmed first, so the same name always gives the same bytes.
 */
export function encodeCertificatePayload(payload: CertificatePayload): string {
  const normalised: CertificatePayload = {
    ...payload,
    participantName: payload.participantName.normalize('NFC').trim(),
    organisation: payload.organisation.normalize('NFC').trim(),
    modules: payload.modules.map((module) => ({ id: module.id, hours: Math.round(module.hours * 10) / 10 })),
  };
  const checked = payloadSchema.safeParse(normalised);
  if (!checked.success) throw new CertificatePayloadError('invalid', `Invalid certificate payload: ${explain(checked.error)}`);
  const p = checked.data;
  const wire = [p.version, p.number, p.participantName, p.modules.map((module) => [MODULE_CODES[module.id], module.hours]), Number(p.issuedOn.replaceAll('-', '')), KIND_CODES[p.kind], p.organisation];
  return encodeBase64url(new TextEncoder().encode(JSON.stringify(wire)));
}

export function decodeCertificatePayload(encoded: string): CertificatePayload {
  const bytes = decodeBase64url(encoded);
  if (!bytes) throw new CertificatePayloadError('malformed', 'The certificate payload is not base64url.');
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new CertificatePayloadError('malformed', 'The certificate payload is not UTF-8 JSON.');
  }
  const wire = wireSchema.safeParse(json);
  if (!wire.success) throw new CertificatePayloadError('malformed', `The certificate payload has the wrong shape: ${explain(wire.error)}`);
  const [version, number, participantName, modules, date, kind, organisation] = wire.data;
  const digits = String(date);
  const candidate = {
    version,
    number,
    participantName,
    modules: modules.map(([code, hours]) => ({ id: MODULE_BY_CODE[code] ?? code, hours })),
    issuedOn: `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`,
    kind: kind === 'p' ? 'participation' : kind === 'c' ? 'completion' : kind,
    organisation,
  };
  const checked = payloadSchema.safeParse(candidate);
  if (!checked.success) throw new CertificatePayloadError('malformed', `The certificate payload breaks the rules: ${explain(checked.error)}`);
  return checked.data;
}

/** The bytes the signature covers: `FA1.<payload>` in ASCII. */
export function signedMessage(encodedPayload: string): Uint8Array {
  return new TextEncoder().encode(`${CERTIFICATE_TEXT_PREFIX}.${encodedPayload}`);
}

/** The text put in the QR code. */
export function certificateText(encodedPayload: string, signature: Uint8Array): string {
  return `${CERTIFICATE_TEXT_PREFIX}.${encodedPayload}.${encodeBase64url(signature)}`;
}

export interface ParsedCertificateText {
  encodedPayload: string;
  signature: Uint8Array;
  signedMessage: Uint8Array;
}

/** Splits a scanned text into its parts (surrounding white space ignored; nothing is verified here). */
export function parseCertificateText(text: string): ParsedCertificateText {
  const parts = text.trim().split('.');
  const [prefix, encodedPayload, encodedSignature] = parts;
  if (parts.length !== 3 || prefix !== CERTIFICATE_TEXT_PREFIX || !encodedPayload || !encodedSignature) {
    throw new CertificatePayloadError('malformed', `Not a ${CERTIFICATE_TEXT_PREFIX} certificate text.`);
  }
  const signature = decodeBase64url(encodedSignature);
  if (!signature || decodeBase64url(encodedPayload) === null) throw new CertificatePayloadError('malformed', 'The certificate text is not base64url.');
  return { encodedPayload, signature, signedMessage: signedMessage(encodedPayload) };
}
