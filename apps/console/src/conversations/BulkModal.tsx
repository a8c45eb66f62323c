// The form of one bulk action: a status for the selection, or a tag to add to / remove from it.
import { Autocomplete, Button, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversationStatus } from '../graphql/generated/graphql';
import { STATUSES } from '../common/statuses';
import { useFormat } from '../i18n/format';

export type BulkKind = 'status' | 'addTag' | 'removeTag';

interface Props {
  kind: BulkKind | null;
  count: number;
  tags: string[];
  busy: boolean;
  onClose: () => void;
  onApply: (kind: BulkKind, value: string) => void;
}

export function BulkModal({ kind, count, tags, busy, onClose, onApply }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [status, setStatus] = useState<ConversationStatus>('FOLLOW_UP');
  const [tag, setTag] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!kind) return;
    const value = kind === 'status' ? status : tag.trim();
    if (value) onApply(kind, value);
  };
  const title = kind ? t(`bulk.${kind}Title`) : '';
  return (
    <Modal opened={kind !== null} onClose={onClose} closeButtonProps={{ 'aria-label': t('common.close') }} title={title} size="sm">
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">{t('bulk.appliesTo', { count, formatted: f.number(count) })}</Text>
          {kind === 'status' ? (
            <NativeSelect
              label={t('bulk.newStatus')}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as ConversationStatus)}
              data={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
              data-autofocus
            />
          ) : (
            <Autocomplete
              label={t('bulk.tagName')}
              value={tag}
              onChange={setTag}
              data={tags}
              required
              data-autofocus
              comboboxProps={{ withinPortal: false }}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={kind !== 'status' && !tag.trim()}>
              {t('bulk.apply')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
