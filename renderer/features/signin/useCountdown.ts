import { useEffect, useState } from 'react';

/**
 * Whole seconds left until an ISO time; 0 once passed or when null. The
 * clock ticks 4 times a second while counting, so a new `until` shows its
 * right count within a quarter second.
 */
export function useCountdown(until: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!until) return;
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [until]);
  return until ? Math.max(Math.ceil((Date.parse(until) - now) / 1000), 0) : 0;
}
