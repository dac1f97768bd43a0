/** Certificates on the Node side: signing the QR text, and printing (see shared/certificates for eligibility, payload, wording). */
export { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE, exportPublicKeyPem, loadOrCreateSigningKeys, signPayload, verifyCertificateText, type SigningKeys, type VerificationResult } from './signing';
export { MAX_LOGOS, MAX_SIGNATORIES, certificateDataProblems, type CertificateData } from './pdf/certificate-data';
export { renderCertificatesPdf, renderCertificatesZip, type RenderCertificatesOptions } from './pdf/render';
export { warmUpCertificateRenderer } from './pdf/warm-up';
