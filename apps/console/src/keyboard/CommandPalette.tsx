// ⌘K / Ctrl+K: go to a page, or run one of the open page's commands (change status, add tag).
import '@mantine/spotlight/styles.css';
import { Spotlight, spotlight, type SpotlightActionGroupData } from '@mantine/spotlight';
import { IconChartBar, IconKeyboard, IconMessages, IconSearch, IconUsers } from '@tabler/icons-react';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useViewer } from '../auth/ViewerContext';
import { commandsStore } from './commands';
import { openShortcutHelp } from './shortcut-help';
import { useStore } from './store';

/** `openOnMount`: it was loaded by the first ⌘K, which it should answer. */
export default function CommandPalette({ openOnMount }: { openOnMount: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const commands = useStore(commandsStore);
  useEffect(() => {
    if (openOnMount) spotlight.open();
  }, [openOnMount]);

  const actions = useMemo<SpotlightActionGroupData[]>(() => {
    const pages = [
      { id: 'go-conversations', label: t('nav.conversations'), to: '/conversations', icon: IconMessages },
      { id: 'go-overview', label: t('nav.overview'), to: '/overview', icon: IconChartBar },
      ...(viewer.role === 'ADMIN' ? [{ id: 'go-team', label: t('nav.team'), to: '/team', icon: IconUsers }] : []),
    ];
    const groups = new Map<string, SpotlightActionGroupData>();
    for (const c of commands) {
      const group = groups.get(c.group) ?? { group: c.group, actions: [] };
      group.actions.push({ id: c.id, label: c.label, description: c.description, onClick: c.run });
      groups.set(c.group, group);
    }
    return [
      ...groups.values(),
      {
        group: t('palette.goTo'),
        actions: pages.map((p) => ({
          id: p.id,
          label: p.label,
          leftSection: <p.icon size={18} aria-hidden />,
          onClick: () => void navigate(p.to),
        })),
      },
      {
        group: t('palette.help'),
        actions: [
          { id: 'shortcuts', label: t('shortcuts.title'), leftSection: <IconKeyboard size={18} aria-hidden />, onClick: openShortcutHelp },
        ],
      },
    ];
  }, [commands, navigate, t, viewer.role]);

  return (
    <Spotlight
      actions={actions}
      shortcut={['mod + K']}
      nothingFound={t('palette.nothing')}
      highlightQuery
      limit={40}
      scrollable
      maxHeight={420}
      searchProps={{
        leftSection: <IconSearch size={18} aria-hidden />,
        placeholder: t('palette.placeholder'),
        'aria-label': t('palette.placeholder'),
      }}
    />
  );
}
