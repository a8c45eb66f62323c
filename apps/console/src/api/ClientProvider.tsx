// Holds the current GraphQL client and lets the session code replace it (see client.ts). The first
// client exists before React renders, so the page's first queries can start while its code loads.
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { initialClient } from './initial-client';
import { createConsoleClient } from './client';

const ResetContext = createContext<() => void>(() => {});

export function ClientProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState(initialClient);
  const currentRef = useRef(current);
  // The replaced client's socket closes here, not in an effect cleanup (StrictMode replays those).
  const reset = useCallback(() => {
    currentRef.current.dispose();
    currentRef.current = createConsoleClient();
    setCurrent(currentRef.current);
  }, []);
  return (
    <ResetContext.Provider value={reset}>
      <Provider value={current.client}>{children}</Provider>
    </ResetContext.Provider>
  );
}

/** Replaces the client: call after the session changed (signed in or out, switched workspace). */
export function useResetClient(): () => void {
  return useContext(ResetContext);
}
