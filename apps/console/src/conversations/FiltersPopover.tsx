// Source, tag, quality score and date filters, behind one button so the list keeps its height.
import '@mantine/dates/styles.css';
import { Button, Indicator, MultiSelect, Popover, RangeSlider, SegmentedControl, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconFilter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConversationSource } from '../graphql/generated/graphql';
import type { ListState, UpdateListState } from './list-state';

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
  const source = state.sources.length === 1 ? state.sources[0] : 'ALL';
  return (
    <Popover width={320} position="bottom-start" shadow="md" trapFocus withinPortal>
      <Popover.Target>
        <Indicator disabled={!count} label={count} size={16} offset={4}>
          <Button variant="default" size="xs" leftSection={<IconFilter size={14} aria-hidden />}>
            {count ? t('filters.buttonActive', { count }) : t('filters.button')}
          </Button>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="md">
          <div>
            <Text size="sm" fw={500} mb={4} id="filter-source">
              {t('filters.source')}
            </Text>
            <SegmentedControl
              fullWidth
              size="xs"
              aria-labelledby="filter-source"
              value={source}
              onChange={(v) => update({ sources: v === 'ALL' ? [] : [v as ConversationSource] })}
              data={[
                { value: 'ALL', label: t('filters.allSources') },
                { value: 'WHATSAPP', label: t('source.WHATSAPP') },
                { value: 'WIDGET', label: t('source.WIDGET') },
              ]}
            />
          </div>
          <MultiSelect
            label={t('filters.tags')}
            size="xs"
            data={[...new Set([...tags, ...state.tags])]}
            value={state.tags}
            onChange={(v) => update({ tags: v })}
            searchable
            clearable
            nothingFoundMessage={t('filters.noTags')}
            comboboxProps={{ withinPortal: false }}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="filter-score">
              {t('filters.score')}: {state.minQualityScore ?? 0}–{state.maxQualityScore ?? 100}
            </Text>
            <RangeSlider
              min={0}
              max={100}
              step={5}
              minRange={0}
              aria-labelledby="filter-score"
              thumbFromLabel={t('filters.minScore')}
              thumbToLabel={t('filters.maxScore')}
              defaultValue={[state.minQualityScore ?? 0, state.maxQualityScore ?? 100]}
              key={`${state.minQualityScore}-${state.maxQualityScore}`}
              onChangeEnd={([min, max]) => update({ minQualityScore: min > 0 ? min : null, maxQualityScore: max < 100 ? max : null })}
              mb="sm"
            />
          </div>
          <DatePickerInput
            type="range"
            size="xs"
            label={t('filters.dates')}
            placeholder={t('filters.anyDate')}
            clearable
            allowSingleDateInRange
            value={[state.from, state.to]}
            onChange={([from, to]) => (from === null || to !== null) && update({ from, to })}
            popoverProps={{ withinPortal: false }}
          />
          {count > 0 && (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => update({ sources: [], tags: [], minQualityScore: null, maxQualityScore: null, from: null, to: null })}
            >
              {t('filters.clear')}
            </Button>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
