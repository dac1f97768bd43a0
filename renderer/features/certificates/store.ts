import { create } from 'zustand';
import type { CertificateDto, EligibilityRowDto } from '../../../shared/api/dto';
import { api } from '../../api/api';
import { download, openForPrinting } from '../../api/download';

/** Certificates are issued a few at a time so the screen can show progress and stop between batches. */
export const ISSUE_BATCH = 10;

export interface IssueProgress {
  done: number;
  total: number;
  cancelled: boolean;
}

interface CertificateState {
  rows: EligibilityRowDto[] | null;
  register: CertificateDto[] | null;
  progress: IssueProgress | null;
}

export const useCertificates = create<CertificateState>()(() => ({ rows: null, register: null, progress: null }));

let cancelRequested = false;

export async function loadEligibility(cohortId: string): Promise<string | null> {
  const result = await api()['certificates.eligibility']({ cohortId });
  useCertificates.setState({ rows: result.ok ? result.value : [] });
  return result.ok ? null : result.error.code;
}

export async function loadRegister(cohortId: string | null): Promise<void> {
  const result = await api()['certificates.list']({ cohortId });
  useCertificates.setState({ register: result.ok ? result.value : [] });
}

/**
 * Issues certificates for these participants, batch by batch, updating the
 * progress; stops after the current batch when cancelled. Returns the
 * certificates issued (already issued ones come back as they are) or an error code.
 */
export async function issueCertificates(cohortId: string, participantIds: string[], reason: string | null): Promise<{ issued: CertificateDto[]; error: string | null }> {
  cancelRequested = false;
  const issued: CertificateDto[] = [];
  useCertificates.setState({ progress: { done: 0, total: participantIds.length, cancelled: false } });
  for (let start = 0; start < participantIds.length; start += ISSUE_BATCH) {
    if (cancelRequested) {
      useCertificates.setState({ progress: { done: issued.length, total: participantIds.length, cancelled: true } });
      break;
    }
    const result = await api()['certificates.issue']({ cohortId, participantIds: participantIds.slice(start, start + ISSUE_BATCH), reason });
    if (!result.ok) {
      await loadEligibility(cohortId);
      return { issued, error: result.error.code };
    }
    issued.push(...result.value);
    useCertificates.setState({ progress: { done: issued.length, total: participantIds.length, cancelled: false } });
  }
  await loadEligibility(cohortId);
  return { issued, error: null };
}

export function cancelIssuing(): void {
  cancelRequested = true;
}

export function clearProgress(): void {
  useCertificates.setState({ progress: null });
}

export async function downloadCertificates(certificateIds: string[], as: 'pdf' | 'zip' | 'print'): Promise<string | null> {
  const result = as === 'zip' ? await api()['certificates.zip']({ certificateIds }) : await api()['certificates.pdf']({ certificateIds });
  if (!result.ok) return result.error.code;
  if (as === 'print') openForPrinting(result.value);
  else download(result.value);
  return null;
}

export async function revokeCertificate(certificateId: string, reason: string): Promise<string | null> {
  const result = await api()['certificates.revoke']({ certificateId, reason });
  if (!result.ok) return result.error.code;
  const register = useCertificates.getState().register;
  if (register) useCertificates.setState({ register: register.map((row) => (row.id === certificateId ? result.value : row)) });
  return null;
}
