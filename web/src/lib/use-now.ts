import { useEffect, useState } from "react";

/** The current time, re-read every `intervalMs`, for labels like "5 s ago". */
export function useNow(intervalMs: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Re-renders once when `at` passes (e.g. a cooldown ending), then stops. */
export function useRerenderAt(at: Date | null): void {
  const [, setTick] = useState(0);
  const time = at?.getTime() ?? null;
  useEffect(() => {
    if (time === null) return;
    const wait = time - Date.now();
    if (wait <= 0) return;
    // setTimeout caps at ~24.8 days; a cooldown is at most 30 days, so re-arm.
    const timer = setTimeout(() => setTick((n) => n + 1), Math.min(wait + 50, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  });
}
