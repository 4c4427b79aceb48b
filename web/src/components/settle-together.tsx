import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";

type Report = (id: string, settled: boolean) => void;
const SettleContext = createContext<Report | null>(null);

/**
 * Shows a page's sections together, once each has its first data (or after
 * `timeoutMs`), with `fallback` until then. Sections that load on their own
 * and appear one by one push what is below them down as they arrive: the
 * portal home measured a CLS of 0.2 that way (npm run bench:vitals). The
 * sections stay mounted while hidden, so their data loads meanwhile.
 */
export function SettleTogether({
  children,
  fallback,
  timeoutMs = 4000,
}: {
  children: ReactNode;
  fallback: ReactNode;
  timeoutMs?: number;
}) {
  const states = useRef(new Map<string, boolean>());
  const [, setVersion] = useState(0);
  const [mounted, setMounted] = useState(false);
  const [timedOut, setTimedOut] = useState(false);
  const report = useCallback<Report>((id, settled) => {
    if (states.current.get(id) === settled) return;
    states.current.set(id, settled);
    setVersion((version) => version + 1);
  }, []);
  useEffect(() => {
    setMounted(true);
    const timer = setTimeout(() => setTimedOut(true), timeoutMs);
    return () => clearTimeout(timer);
  }, [timeoutMs]);
  const settled = mounted && [...states.current.values()].every(Boolean);
  const shown = settled || timedOut;
  return (
    <SettleContext.Provider value={report}>
      {!shown && fallback}
      <div hidden={!shown}>{children}</div>
    </SettleContext.Provider>
  );
}

/** Tells the enclosing SettleTogether (if any) whether this section has its first data. */
export function useSettled(settled: boolean): void {
  const id = useId();
  const report = useContext(SettleContext);
  useLayoutEffect(() => {
    report?.(id, settled);
  }, [report, id, settled]);
  useLayoutEffect(() => () => report?.(id, true), [report, id]);
}
