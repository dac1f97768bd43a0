import { useEffect } from 'react';
import { api } from '../../api/api';
import { IdleTimer } from './idle-timer';
import { lockSession, useSession } from './store';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/** Locks the session after the signed-in person's idle time (set per role in the settings). */
export function useIdleLock(): void {
  const idleMinutes = useSession((state) => state.user?.idleMinutes ?? null);

  useEffect(() => {
    if (idleMinutes === null) return;
    const timer = new IdleTimer(idleMinutes * 60_000, () => Date.now());
    const onActivity = () => {
      if (timer.activity()) void api()['auth.heartbeat']({});
    };
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, onActivity, { passive: true, capture: true }));
    const interval = window.setInterval(() => {
      if (timer.isIdle()) void lockSession('idle');
    }, 1000);
    return () => {
      ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, onActivity, { capture: true }));
      window.clearInterval(interval);
    };
  }, [idleMinutes]);
}
