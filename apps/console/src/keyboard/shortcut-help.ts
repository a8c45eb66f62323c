import { createStore } from './store';

export const shortcutHelpStore = createStore(false);
export const openShortcutHelp = () => shortcutHelpStore.set(true);
export const closeShortcutHelp = () => shortcutHelpStore.set(false);
