// Holds the current GraphQL client and lets the session code replace it (see client.ts).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createConsoleClient, type ConsoleClient } from './client';

const ResetContext = createContext<() => void>(() => {});

export function ClientProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<ConsoleClient>(() => createConsoleClient());
  useEffect(() => () => current.dispose(), [current]);
  const reset = useCallback(() => setCurrent(createConsoleClient()), []);
  const value = useMemo(() => reset, [reset]);
  return (
    <ResetContext.Provider value={value}>
      <Provider value={current.client}>{children}</Provider>
    </ResetContext.Provider>
  );
}

/** Replaces the client: call after the session changed (signed in or out, switched workspace). */
export function useResetClient(): () => void {
  return useContext(ResetContext);
}
