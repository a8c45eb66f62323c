// Commands the open page offers to the command palette (⌘K), e.g. the open conversation's
// "change status" and "add tag". A page registers them while it is shown.
import { useEffect } from 'react';
import { createStore } from './store';

export interface Command {
  id: string;
  label: string;
  description?: string;
  group: string;
  run: () => void;
}

const registry = new Map<string, Command[]>();
export const commandsStore = createStore<Command[]>([]);

function publish() {
  commandsStore.set([...registry.values()].flat());
}

export function useRegisterCommands(owner: string, commands: Command[]): void {
  useEffect(() => {
    registry.set(owner, commands);
    publish();
    return () => {
      registry.delete(owner);
      publish();
    };
  }, [owner, commands]);
}
