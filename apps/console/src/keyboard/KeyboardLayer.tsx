// Shortcuts that work on every signed-in page; the list's own (j, k, Enter, Esc, x) live with the list.
import { useHotkeys } from '@mantine/hooks';
import { CommandPalette } from './CommandPalette';
import { openShortcutHelp } from './shortcut-help';
import { ShortcutHelp } from './ShortcutHelp';

export function focusSearch(): boolean {
  const search = document.querySelector<HTMLInputElement>('input[type="search"][data-conversation-search]');
  if (!search) return false;
  search.focus();
  search.select();
  return true;
}

export function KeyboardLayer() {
  useHotkeys([
    ['shift+?', openShortcutHelp],
    ['?', openShortcutHelp],
    ['/', (e) => focusSearch() && e.preventDefault()],
  ]);
  return (
    <>
      <ShortcutHelp />
      <CommandPalette />
    </>
  );
}
