import type { CoreDeps } from './context';

/*
 * Signing everyone out at once (after a restore the people and their rights
 * may differ): each session remembers the epoch it was last checked in, and
 * the dispatcher ends a session whose epoch is not the current one. Kept per
 * core, beside its deps, so the sessions of one core never affect another's.
 */
const epochs = new WeakMap<CoreDeps, number>();

export function sessionEpoch(deps: CoreDeps): number {
  return epochs.get(deps) ?? 0;
}

/** Every window or launch token must sign in again; the next call of each finds itself signed out. */
export function signOutEverywhere(deps: CoreDeps): void {
  epochs.set(deps, sessionEpoch(deps) + 1);
}
