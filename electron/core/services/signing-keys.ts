import { loadOrCreateSigningKeys, type SigningKeys } from '../certificates';
import type { CoreDeps } from '../context';

const loaded = new WeakMap<CoreDeps, Promise<SigningKeys>>();

/** The laptop's certificate signing keys, read (or created) once per core. */
export function signingKeys(deps: CoreDeps): Promise<SigningKeys> {
  let keys = loaded.get(deps);
  if (!keys) {
    keys = loadOrCreateSigningKeys(deps.dataDir);
    // A failed read is not cached: the next call tries again (e.g. after a restore).
    keys.catch(() => loaded.delete(deps));
    loaded.set(deps, keys);
  }
  return keys;
}
