import { useEffect, useState } from 'react';

/** Whole seconds left until an ISO time, re-rendering once a second; 0 once passed or when null. */
export function useCountdown(until: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    setNow(Date.now());
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);
  // Computed during render, so a new `until` is never seen with a stale count.
  return until ? Math.max(Math.ceil((Date.parse(until) - Math.max(now, Date.now())) / 1000), 0) : 0;
}
