// The filters form (source, tags, quality score, dates); loaded when the filters are first opened.
import { Button, MultiSelect, RangeSlider, SegmentedControl, Stack, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DatesSettings } from '../i18n/DatesSettings';
import type { ListState, UpdateListState } from './list-state';

interface Props {
  state: ListState;
  update: UpdateListState;
  tags: string[];
  activeCount: number;
}

export default function FiltersForm({ state, update, tags, activeCount: count }: Props) {
  const { t } = useTranslation();
  const source = state.sources.length === 1 ? state.sources[0] : 'ALL';
  return (
    <DatesSettings>
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
            onChange={(v) => update({ sources: v === 'ALL' ? [] : [v] })}
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
    </DatesSettings>
  );
}
