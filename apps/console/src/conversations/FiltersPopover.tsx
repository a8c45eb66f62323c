// Source, tag, quality score and date filters, behind one button so the list keeps its height.
import { Button, Loader, Popover } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListState, UpdateListState } from './list-state';

const FiltersForm = lazy(() => import('./FiltersForm'));

interface Props {
  state: ListState;
  update: UpdateListState;
  tags: string[];
}

function activeCount(s: ListState): number {
  return [s.sources.length > 0, s.tags.length > 0, s.minQualityScore !== null || s.maxQualityScore !== null, !!(s.from || s.to)].filter(
    Boolean,
  ).length;
}

export function FiltersPopover({ state, update, tags }: Props) {
  const { t } = useTranslation();
  const count = activeCount(state);
  return (
    <Popover width={320} position="bottom-start" shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <Button variant={count ? 'light' : 'default'} size="xs" leftSection={<IconFilter size={14} aria-hidden />}>
          {count ? t('filters.buttonActive', { count }) : t('filters.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
          <FiltersForm state={state} update={update} tags={tags} activeCount={count} />
        </Suspense>
      </Popover.Dropdown>
    </Popover>
  );
}
