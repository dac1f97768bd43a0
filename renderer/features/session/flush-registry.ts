/**
 * Anything holding unsaved typing registers a flush here; the session runs
 * them all before it locks or switches user, so nothing typed is lost.
 */
type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
