import { create } from 'zustand';
import type { CvDto, CvSummary } from '../../../shared/api/dto';
import type { Cv } from '../../../shared/cv/model';
import type { Language } from '../../../shared/domain/roles';
import type { ApiErrorBody } from '../../../shared/api/result';
import { consentChange } from '../privacy/store';
import { api } from '../../api/api';
import { download } from '../../api/download';
import { registerFlush } from '../session/flush-registry';

export type CvSaveState = 'idle' | 'saving' | 'saved' | 'error';

interface CvState {
  list: CvSummary[] | null;
  current: CvDto | null;
  save: CvSaveState;
  /** Problems from the last save or import, already translated keys or lines. */
  problems: string[];
  photoConsent: boolean;
}

export const useCv = create<CvState>()(() => ({ list: null, current: null, save: 'idle', problems: [], photoConsent: false }));

const SAVE_DELAY_MS = 700;
let timer: number | undefined;
let dirty = false;

/** Saves the open CV now if it changed; registered so a lock never loses typing. */
export async function flushCv(): Promise<void> {
  window.clearTimeout(timer);
  const current = useCv.getState().current;
  if (!dirty || !current) return;
  dirty = false;
  useCv.setState({ save: 'saving' });
  const result = await api()['cvs.save']({ cvId: current.id, title: current.title, document: current.document });
  if (result.ok) useCv.setState({ save: 'saved', problems: [] });
  else {
    dirty = true;
    useCv.setState({ save: 'error', problems: Object.values(result.error.fields ?? {}).map((field) => field.key) });
  }
}
registerFlush(flushCv);

export async function loadCvList(): Promise<void> {
  const [list, consents] = await Promise.all([api()['cvs.list']({}), api()['consents.mine']({})]);
  useCv.setState({ list: list.ok ? list.value : [], photoConsent: consents.ok && consents.value.photo });
}

export async function openCv(cvId: string): Promise<boolean> {
  await flushCv();
  const [result, consents] = await Promise.all([api()['cvs.get']({ cvId }), api()['consents.mine']({})]);
  useCv.setState({ current: result.ok ? result.value : null, save: 'idle', problems: [], photoConsent: consents.ok && consents.value.photo });
  return result.ok;
}

export function closeCv(): void {
  void flushCv().then(() => useCv.setState({ current: null }));
}

/** Every edit goes through here: the preview updates at once, the save follows shortly after. */
export function editCv(change: (cv: Cv) => Cv, title?: string): void {
  const current = useCv.getState().current;
  if (!current) return;
  useCv.setState({ current: { ...current, title: title ?? current.title, document: change(current.document) }, save: 'saving' });
  dirty = true;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void flushCv(), SAVE_DELAY_MS);
}

/** The new CV's id, or why it was refused (e.g. CONSENT_REQUIRED). */
export async function createCv(title: string, language: Language): Promise<{ id: string } | { error: ApiErrorBody }> {
  const result = await api()['cvs.create']({ title, language });
  await loadCvList();
  return result.ok ? { id: result.value.id } : { error: result.error };
}

export async function duplicateCv(cvId: string): Promise<void> {
  await api()['cvs.duplicate']({ cvId });
  await loadCvList();
}

export async function deleteCv(cvId: string): Promise<void> {
  await api()['cvs.delete']({ cvId });
  await loadCvList();
}

export async function setPhotoConsent(given: boolean): Promise<void> {
  const result = await api()['consents.set'](consentChange('photo', given));
  if (result.ok) useCv.setState({ photoConsent: result.value.photo });
  const current = useCv.getState().current;
  if (!given && current) await openCv(current.id);
}

export async function exportCv(kind: 'pdf' | 'json'): Promise<string | null> {
  await flushCv();
  const current = useCv.getState().current;
  if (!current) return null;
  const result = kind === 'pdf' ? await api()['cvs.exportPdf']({ cvId: current.id }) : await api()['cvs.exportJsonResume']({ cvId: current.id });
  if (!result.ok) return result.error.code;
  download(result.value);
  return null;
}

export async function importJsonResume(file: File, title: string): Promise<{ id: string } | { problems: string[]; code: string }> {
  const result = await api()['cvs.importJsonResume']({ json: await file.text(), title });
  await loadCvList();
  return result.ok ? { id: result.value.id } : { problems: result.error.problems ?? [], code: result.error.code };
}
