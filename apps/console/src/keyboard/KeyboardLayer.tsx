// Shortcuts that work on every signed-in page; the list's own (j, k, Enter, Esc, x) live with the list.
// The command palette and the help dialog load on first use: the first page carries neither.
import { useHotkeys } from '@mantine/hooks';
import { lazy, Suspense, useState } from 'react';
import { openShortcutHelp, shortcutHelpStore } from './shortcut-help';
import { useStore } from './store';

const CommandPalette = lazy(() => import('./CommandPalette'));
const ShortcutHelp = lazy(() => import('./ShortcutHelp'));

export function focusSearch(): boolean {
  const search = document.querySelector<HTMLInputElement>('input[type="search"][data-conversation-search]');
  if (!search) return false;
  search.focus();
  search.select();
  return true;
}

export function KeyboardLayer() {
  const [palette, setPalette] = useState(false);
  const help = useStore(shortcutHelpStore);
  const [helpUsed, setHelpUsed] = useState(false);
  if (help && !helpUsed) setHelpUsed(true);
  useHotkeys([
    ['shift+?', openShortcutHelp],
    ['?', openShortcutHelp],
    ['/', (e) => focusSearch() && e.preventDefault()],
    // Once loaded, the palette handles mod+K itself.
    ['mod+K', () => setPalette(true), { preventDefault: true }],
  ]);
  return (
    <Suspense fallback={null}>
      {helpUsed && <ShortcutHelp />}
      {palette && <CommandPalette openOnMount />}
    </Suspense>
  );
}
