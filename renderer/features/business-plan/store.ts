import { create } from 'zustand';
import type { ApiErrorBody } from '../../../shared/api/result';
import type { CohortPlanSummary, PlanDto, PlanSummary } from '../../../shared/api/dto';
import type { BusinessPlan, PlanSectionId } from '../../../shared/business-plan/model';
import type { Language } from '../../../shared/domain/roles';
import { api } from '../../api/api';
import { download } from '../../api/download';
import { registerFlush } from '../session/flush-registry';

export type PlanSaveState = 'idle' | 'saving' | 'saved' | 'error';

interface PlanState {
  list: PlanSummary[] | null;
  current: PlanDto | null;
  save: PlanSaveState;
  /** i18n keys of what the last save refused. */
  problems: string[];
  /** Staff: the submitted plans of the cohort on screen. */
  cohortPlans: CohortPlanSummary[] | null;
}

export const usePlans = create<PlanState>()(() => ({ list: null, current: null, save: 'idle', problems: [], cohortPlans: null }));

const SAVE_DELAY_MS = 700;
let timer: number | undefined;
let dirty = false;

/** Saves the open plan now if it changed; registered so a lock never loses typing. */
export async function flushPlan(): Promise<void> {
  window.clearTimeout(timer);
  const current = usePlans.getState().current;
  if (!dirty || !current) return;
  dirty = false;
  usePlans.setState({ save: 'saving' });
  const result = await api()['plans.save']({ planId: current.id, title: current.title, document: current.document });
  if (result.ok) {
    const latest = usePlans.getState().current;
    usePlans.setState({ save: 'saved', problems: [], current: latest && latest.id === current.id ? { ...latest, status: result.value.status } : latest });
  } else {
    dirty = true;
    usePlans.setState({ save: 'error', problems: Object.values(result.error.fields ?? {}).map((field) => field.key) });
  }
}
registerFlush(flushPlan);

export async function loadPlanList(): Promise<void> {
  const result = await api()['plans.list']({});
  usePlans.setState({ list: result.ok ? result.value : [] });
}

export async function openPlan(planId: string): Promise<string | null> {
  await flushPlan();
  const result = await api()['plans.get']({ planId });
  usePlans.setState({ current: result.ok ? result.value : null, save: 'idle', problems: [] });
  return result.ok ? null : result.error.code;
}

export function closePlan(): void {
  void flushPlan().then(() => usePlans.setState({ current: null }));
}

/** Every edit goes through here: the figures recompute at once, the save follows shortly after. */
export function editPlan(change: (plan: BusinessPlan) => BusinessPlan, title?: string): void {
  const current = usePlans.getState().current;
  if (!current || current.status === 'submitted') return;
  usePlans.setState({ current: { ...current, title: title ?? current.title, document: change(current.document) }, save: 'saving' });
  dirty = true;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void flushPlan(), SAVE_DELAY_MS);
}

/** The new plan's id, or why it was refused (e.g. CONSENT_REQUIRED). */
export async function createPlan(title: string, language: Language): Promise<{ id: string } | { error: ApiErrorBody }> {
  const result = await api()['plans.create']({ title, language });
  await loadPlanList();
  return result.ok ? { id: result.value.id } : { error: result.error };
}

export async function deletePlan(planId: string): Promise<void> {
  await api()['plans.delete']({ planId });
  await loadPlanList();
}

/** Submitting locks the plan for its author; taking it back unlocks it. Returns an error code or null. */
export async function setSubmitted(submitted: boolean): Promise<string | null> {
  await flushPlan();
  const current = usePlans.getState().current;
  if (!current) return null;
  const result = submitted ? await api()['plans.submit']({ planId: current.id }) : await api()['plans.reopen']({ planId: current.id });
  if (!result.ok) return result.error.code;
  usePlans.setState({ current: result.value });
  return null;
}

export async function exportPlanPdf(planId: string): Promise<string | null> {
  await flushPlan();
  const result = await api()['plans.exportPdf']({ planId });
  if (!result.ok) return result.error.code;
  download(result.value);
  return null;
}

export async function loadCohortPlans(cohortId: string): Promise<void> {
  const result = await api()['plans.forCohort']({ cohortId });
  usePlans.setState({ cohortPlans: result.ok ? result.value : [] });
}

export async function addComment(section: PlanSectionId | 'finance' | 'general', text: string): Promise<string | null> {
  const current = usePlans.getState().current;
  if (!current) return null;
  const result = await api()['plans.comment']({ planId: current.id, section, text });
  if (!result.ok) return result.error.code;
  usePlans.setState({ current: { ...current, comments: [...current.comments, result.value] } });
  return null;
}

export async function markReviewed(): Promise<string | null> {
  const current = usePlans.getState().current;
  if (!current) return null;
  const result = await api()['plans.markReviewed']({ planId: current.id });
  if (!result.ok) return result.error.code;
  usePlans.setState({ current: result.value });
  return null;
}
