import { create } from 'zustand';
import type { AuditEntryDto, AuditPageDto } from '../../../shared/audit/types';
import { api } from '../../api/api';

export interface AuditScreenFilter {
  /** One action, a family of actions (see AUDIT_GROUPS), or null for all. */
  action: string | null;
  from: string | null;
  to: string | null;
  person: string;
}

/** The audit screen's store: the filter, the entries loaded so far (newest first), and where the next page starts. */
interface AuditState {
  filter: AuditScreenFilter;
  entries: AuditEntryDto[];
  next: AuditPageDto['next'];
  loading: boolean;
  loadingMore: boolean;
  /** An error code (errors.*) from the last load. */
  error: string | null;
  /** True once the first answer for the current filter has arrived (the empty state waits for it). */
  loaded: boolean;
}

export const EMPTY_FILTER: AuditScreenFilter = { action: null, from: null, to: null, person: '' };

const initial = (): AuditState => ({ filter: EMPTY_FILTER, entries: [], next: null, loading: false, loadingMore: false, error: null, loaded: false });

export const useAudit = create<AuditState>()(initial);

export function resetAudit(): void {
  latestRequest += 1;
  useAudit.setState(initial());
}

/** A period the Node side would refuse is not sent: the screen says why instead. */
export const auditPeriodIsValid = (filter: AuditScreenFilter): boolean => filter.from === null || filter.to === null || filter.from <= filter.to;

function query(filter: AuditScreenFilter) {
  const person = filter.person.trim();
  return { action: filter.action, from: filter.from, to: filter.to, person: person === '' ? null : person };
}

let latestRequest = 0;

/** The first page for the current filter, replacing what is shown. */
export async function loadAudit(): Promise<void> {
  const { filter } = useAudit.getState();
  if (!auditPeriodIsValid(filter)) return;
  const request = ++latestRequest;
  useAudit.setState({ loading: true, loadingMore: false, error: null });
  const result = await api()['audit.list'](query(filter));
  // A slower answer for an older filter never replaces a newer one.
  if (request !== latestRequest) return;
  useAudit.setState(
    result.ok
      ? { entries: result.value.entries, next: result.value.next, loading: false, loaded: true }
      : { loading: false, error: result.error.code },
  );
}

/** The next (older) page, added below what is shown. */
export async function loadMoreAudit(): Promise<void> {
  const { filter, next, loadingMore } = useAudit.getState();
  if (!next || loadingMore) return;
  const request = latestRequest;
  useAudit.setState({ loadingMore: true, error: null });
  const result = await api()['audit.list']({ ...query(filter), before: next });
  // The filter changed meanwhile: this page belongs to a list no longer shown.
  if (request !== latestRequest) return;
  useAudit.setState((state) =>
    result.ok
      ? { entries: [...state.entries, ...result.value.entries], next: result.value.next, loadingMore: false }
      : { loadingMore: false, error: result.error.code },
  );
}

export function setAuditFilter(change: Partial<AuditScreenFilter>): void {
  useAudit.setState((state) => ({ filter: { ...state.filter, ...change } }));
  void loadAudit();
}
