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
    const tick = () => setNow(Date.now());
    // A first tick right away, so a new `until` never shows a count from an old clock reading.
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, 250);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [until]);
  return until ? Math.max(Math.ceil((Date.parse(until) - now) / 1000), 0) : 0;
}
