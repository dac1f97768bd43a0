import { create } from 'zustand';
import type { SignInOptions } from '../../../shared/api/dto';
import { api } from '../../api/api';

interface SignInState {
  options: SignInOptions | null;
  loadFailed: boolean;
  search: string;
}

export const useSignIn = create<SignInState>()(() => ({ options: null, loadFailed: false, search: '' }));

let inFlight: Promise<void> | null = null;

/** Loads the sign-in cards; a call made while one is on its way shares it (the app asks once at start, the screen again on mount). */
export function loadSignInOptions(): Promise<void> {
  inFlight ??= api()['auth.signInOptions']({})
    .then((result) => useSignIn.setState(result.ok ? { options: result.value, loadFailed: false } : { loadFailed: true }))
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

export const setSearch = (search: string) => useSignIn.setState({ search });

/** Accent- and case-insensitive match on first or last name ("aminata", "traore" both find Aminata Traoré). */
export function matchesSearch(firstName: string, lastName: string, search: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
  const needle = fold(search.trim());
  return needle === '' || fold(`${firstName} ${lastName}`).includes(needle) || fold(`${lastName} ${firstName}`).includes(needle);
}
