import type { CertificatePayload } from './payload';

/** Payloads for the certificate tests. */

export const TYPICAL_PAYLOAD: CertificatePayload = {
  version: 1,
  number: 'FA-2026-000123',
  participantName: 'Aïssatou Ndèye Diop',
  modules: [
    { id: 'life-skills', hours: 24.5 },
    { id: 'entrepreneurship', hours: 12 },
  ],
  issuedOn: '2026-03-31',
  kind: 'completion',
  organisation: 'Association Foras',
};
