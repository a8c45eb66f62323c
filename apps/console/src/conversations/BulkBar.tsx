// Bulk actions on the selected rows, or on every conversation the filter matches ("all N matching"),
// with what the action did. Loaded with the first selection.
import { Alert, Button, CloseButton, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../api/errors';
import type { ConversationFilter } from '../graphql/generated/graphql';

interface BulkResult {
  matched: number;
  changed: number;
}
import { useFormat } from '../i18n/format';
import { BulkModal, type BulkKind } from './BulkModal';
import { BulkAddTagDocument, BulkChangeStatusDocument, BulkRemoveTagDocument } from '../graphql/generated/graphql';

export type Selection = { kind: 'ids'; ids: ReadonlySet<string> } | { kind: 'all' };

interface Props {
  selection: Selection;
  loadedCount: number;
  totalCount: number;
  filter: ConversationFilter;
  tags: string[];
  onSelectAll: () => void;
  onClear: () => void;
  onDone: () => void;
}

export default function BulkBar({ selection, loadedCount, totalCount, filter, tags, onSelectAll, onClear, onDone }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const [kind, setKind] = useState<BulkKind | null>(null);
  const [result, setResult] = useState<{ kind: BulkKind; value: string; result: BulkResult } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, changeStatus] = useMutation(BulkChangeStatusDocument);
  const [added, addTag] = useMutation(BulkAddTagDocument);
  const [removed, removeTag] = useMutation(BulkRemoveTagDocument);
  const busy = status.fetching || added.fetching || removed.fetching;
  const count = selection.kind === 'all' ? totalCount : selection.ids.size;
  const target = selection.kind === 'all' ? { filter } : { ids: [...selection.ids] };

  const apply = async (k: BulkKind, value: string) => {
    setError(null);
    const res =
      k === 'status'
        ? await changeStatus({ ...target, status: value as never }).then((r) => ({ error: r.error, data: r.data?.bulkChangeStatus }))
        : k === 'addTag'
          ? await addTag({ ...target, name: value }).then((r) => ({ error: r.error, data: r.data?.bulkAddTag }))
          : await removeTag({ ...target, name: value }).then((r) => ({ error: r.error, data: r.data?.bulkRemoveTag }));
    if (res.error) return setError(errorMessage(res.error, t));
    if (res.data) {
      setKind(null);
      setResult({ kind: k, value, result: res.data });
      onDone();
    }
  };

  return (
    <Paper withBorder radius={0} px="sm" py={6} bg="blue.0" role="region" aria-label={t('bulk.label')}>
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Text size="sm" fw={600} aria-live="polite">
            {selection.kind === 'all'
              ? t('bulk.allSelected', { count, formatted: f.number(count) })
              : t('bulk.selected', { count, formatted: f.number(count) })}
          </Text>
          {selection.kind === 'ids' && selection.ids.size >= loadedCount && (
            <Button size="compact-xs" variant="subtle" onClick={onSelectAll}>
              {t('bulk.selectAll', { count: totalCount, formatted: f.number(totalCount) })}
            </Button>
          )}
        </Group>
        <Group gap={6}>
          <Button size="compact-sm" variant="light" onClick={() => setKind('status')}>
            {t('bulk.status')}
          </Button>
          <Button size="compact-sm" variant="light" onClick={() => setKind('addTag')}>
            {t('bulk.addTag')}
          </Button>
          <Button size="compact-sm" variant="light" onClick={() => setKind('removeTag')}>
            {t('bulk.removeTag')}
          </Button>
          <CloseButton size="sm" aria-label={t('bulk.clear')} onClick={onClear} />
        </Group>
      </Group>
      {(result || error) && (
        <Alert
          mt={6}
          py={4}
          color={error ? 'red' : 'green'}
          role="status"
          withCloseButton
          closeButtonLabel={t('common.dismiss')}
          onClose={() => (setResult(null), setError(null))}
        >
          {error ??
            (result &&
              t(`bulk.done.${result.kind}`, {
                value: result.kind === 'status' ? t(`status.${result.value}`) : result.value,
                changed: f.number(result.result.changed),
                matched: f.number(result.result.matched),
                count: result.result.matched,
              }))}
        </Alert>
      )}
      <BulkModal kind={kind} count={count} tags={tags} busy={busy} onClose={() => setKind(null)} onApply={(k, v) => void apply(k, v)} />
    </Paper>
  );
}
