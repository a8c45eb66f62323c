// Process-wide signals from the transport to the pages: the session ended, the socket came back.
type ConnectionEvent = 'unauthenticated' | 'reconnected' | 'disconnected';
type Listener = () => void;

const listeners = new Map<ConnectionEvent, Set<Listener>>();

export const connectionEvents = {
  emit(event: ConnectionEvent): void {
    for (const listener of listeners.get(event) ?? []) listener();
  },
  on(event: ConnectionEvent, listener: Listener): () => void {
    const set = listeners.get(event) ?? new Set<Listener>();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
};
