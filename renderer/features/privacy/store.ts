import { create } from 'zustand';
import type { ConsentsDto } from '../../../shared/api/dto';
import { currentConsentVersion, type ConsentPurpose } from '../../../shared/consents/texts';
import type { Language } from '../../../shared/domain/roles';
import { api } from '../../api/api';
import { asLanguage, i18next } from '../../i18n';

/**
 * A consent given or withdrawn from the screen: giving names the version of
 * the text shown (the one in shared/consents, in the interface language).
 */
export function consentChange(purpose: ConsentPurpose, given: boolean, language: Language = asLanguage(i18next.language)) {
  return given ? { purpose, given, textVersion: currentConsentVersion(purpose), language } : { purpose, given };
}

interface MyConsentsState {
  /** Whose consents these are: a new person signing in starts again. */
  participantId: string | null;
  consents: ConsentsDto | null;
  /** "Not now" on the data-consent screen: asked again at the next sign-in. */
  dataConsentPostponed: boolean;
  loadFailed: boolean;
}

/** The signed-in participant's consents, shared by the first-sign-in screen, the home screen and "My consents". */
export const useMyConsents = create<MyConsentsState>()(() => ({ participantId: null, consents: null, dataConsentPostponed: false, loadFailed: false }));

/** At each sign-in: forget the previous person's answers (and a "not now"), then ask. */
export async function startMyConsents(participantId: string): Promise<void> {
  useMyConsents.setState({ participantId, consents: null, dataConsentPostponed: false, loadFailed: false });
  await loadMyConsents(participantId);
}

export async function loadMyConsents(participantId: string): Promise<void> {
  const result = await api()['consents.mine']({});
  if (useMyConsents.getState().participantId !== participantId) return;
  useMyConsents.setState(result.ok ? { consents: result.value, loadFailed: false } : { loadFailed: true });
}

/** Gives or withdraws one of the signed-in participant's consents; the error body when refused. */
export async function setMyConsent(purpose: ConsentPurpose, given: boolean, language?: Language) {
  const result = await api()['consents.set'](consentChange(purpose, given, language));
  // Withdrawing is an answer too: not asked again before the next sign-in.
  if (result.ok) useMyConsents.setState({ consents: result.value, ...(purpose === 'data' && !given ? { dataConsentPostponed: true } : {}) });
  return result;
}

export function postponeDataConsent(): void {
  useMyConsents.setState({ dataConsentPostponed: true });
}

/** Whether the signed-in participant's work can be saved (false while not known yet). */
export const hasDataConsent = (): boolean => useMyConsents.getState().consents?.data === true;
