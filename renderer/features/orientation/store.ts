import { create } from 'zustand';
import type { CountryPageDto, OrientationSessionDto } from '../../../shared/api/dto';
import type { ReturnCountry } from '../../../shared/domain/countries';
import { api } from '../../api/api';

interface OrientationState {
  sessions: OrientationSessionDto[] | null;
  /** The country the list is filtered on (null: all). */
  country: ReturnCountry | null;
  pages: CountryPageDto[] | null;
  loadFailed: boolean;
}

/** Staff's orientation screen: the sessions they see and the country pages. */
export const useOrientation = create<OrientationState>()(() => ({ sessions: null, country: null, pages: null, loadFailed: false }));

export async function loadSessions(country: ReturnCountry | null = useOrientation.getState().country): Promise<void> {
  useOrientation.setState({ country });
  const result = await api()['orientation.sessions']({ country });
  if (useOrientation.getState().country !== country) return;
  useOrientation.setState(result.ok ? { sessions: result.value, loadFailed: false } : { loadFailed: true });
}

export async function loadCountryPages(): Promise<void> {
  const result = await api()['orientation.countryPages']({});
  useOrientation.setState(result.ok ? { pages: result.value } : { loadFailed: true });
}

export function replacePage(page: CountryPageDto): void {
  useOrientation.setState((state) => ({ pages: state.pages?.map((one) => (one.country === page.country ? page : one)) ?? [page] }));
}

/** A calendar date ('YYYY-MM-DD') or a time, written out in the interface language ("2 avril 2026"). */
export function formatDay(value: string, language: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString(language === 'en' ? 'en-GB' : 'fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: /^\d{4}-\d{2}-\d{2}$/.test(value) ? 'UTC' : undefined });
}
