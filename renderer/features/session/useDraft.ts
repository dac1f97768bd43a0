import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import { registerFlush } from './flush-registry';

export type DraftState = 'idle' | 'saving' | 'saved' | 'error';
const SAVE_DELAY_MS = 800;

/**
 * Keeps a form's unfinished values on the Node side, per signed-in person:
 * saved shortly after each change and flushed before a lock.
 */
export function useDraft<T>(key: string, onRestore: (value: T) => void) {
  const [state, setState] = useState<DraftState>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const restore = useRef(onRestore);
  restore.current = onRestore;

  const flush = useCallback(async () => {
    window.clearTimeout(timer.current);
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    setState('saving');
    const result = await api()['drafts.save']({ key, value });
    setState(result.ok ? 'saved' : 'error');
  }, [key]);

  useEffect(() => {
    let cancelled = false;
    void api()['drafts.get']({ key }).then((result) => {
      if (cancelled || !result.ok || !result.value) return;
      try {
        restore.current(JSON.parse(result.value.value) as T);
        setState('saved');
      } catch {
        // A draft that no longer parses is ignored, never shown as garbage.
      }
    });
    const unregister = registerFlush(flush);
    return () => {
      cancelled = true;
      unregister();
      void flush();
    };
  }, [key, flush]);

  const update = useCallback(
    (value: T) => {
      pending.current = JSON.stringify(value);
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  const clear = useCallback(async () => {
    window.clearTimeout(timer.current);
    pending.current = null;
    await api()['drafts.clear']({ key });
    setState('idle');
  }, [key]);

  return { state, update, clear, flush };
}
