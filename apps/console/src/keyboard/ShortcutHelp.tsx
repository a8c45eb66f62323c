import { Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { closeShortcutHelp, shortcutHelpStore } from './shortcut-help';
import { useStore } from './store';

const SHORTCUTS: { keys: string[]; label: string }[] = [
  { keys: ['j'], label: 'shortcuts.next' },
  { keys: ['k'], label: 'shortcuts.previous' },
  { keys: ['Enter'], label: 'shortcuts.open' },
  { keys: ['Esc'], label: 'shortcuts.close' },
  { keys: ['/'], label: 'shortcuts.search' },
  { keys: ['x'], label: 'shortcuts.select' },
  { keys: ['Ctrl', 'K'], label: 'shortcuts.palette' },
  { keys: ['?'], label: 'shortcuts.help' },
];

export default function ShortcutHelp() {
  const { t } = useTranslation();
  const opened = useStore(shortcutHelpStore);
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <Modal
      opened={opened}
      onClose={closeShortcutHelp}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('shortcuts.title')}
      size="md"
    >
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('shortcuts.keys')}</Table.Th>
            <Table.Th>{t('shortcuts.action')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.label}>
              <Table.Td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' + '}
                    <Kbd>{k === 'Ctrl' && mac ? '⌘' : k}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(s.label)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
