import { create } from 'zustand';
import type { CohortDto, ParticipantDto, StaffDto } from '../../../shared/api/dto';
import { api } from '../../api/api';

interface CohortsState {
  cohorts: CohortDto[] | null;
  staff: StaffDto[];
  participants: Record<string, ParticipantDto[]>;
  loadFailed: boolean;
}

export const useCohorts = create<CohortsState>()(() => ({ cohorts: null, staff: [], participants: {}, loadFailed: false }));

export async function loadCohorts(): Promise<void> {
  const [cohorts, staff] = await Promise.all([api()['cohorts.list']({}), api()['staff.list']({})]);
  useCohorts.setState({
    cohorts: cohorts.ok ? cohorts.value : [],
    staff: staff.ok ? staff.value : [],
    loadFailed: !cohorts.ok,
  });
}

export async function loadParticipants(cohortId: string): Promise<void> {
  const result = await api()['participants.list']({ cohortId });
  if (result.ok) useCohorts.setState((state) => ({ participants: { ...state.participants, [cohortId]: result.value } }));
  else useCohorts.setState({ loadFailed: true });
}

export function upsertParticipant(participant: ParticipantDto): void {
  useCohorts.setState((state) => {
    const list = state.participants[participant.cohortId] ?? [];
    const next = list.some((p) => p.id === participant.id)
      ? list.map((p) => (p.id === participant.id ? participant : p))
      : [...list, participant].sort((a, b) => a.firstName.localeCompare(b.firstName));
    return { participants: { ...state.participants, [participant.cohortId]: next } };
  });
}
