// Overview: reviewed conversations per day, by source and by status, and the average quality over
// time, for a chosen range, counted in the browser's time zone.
import '@mantine/charts/styles.css';
import { BarChart, DonutChart, LineChart } from '@mantine/charts';
import { Alert, ColorSwatch, Group, Loader, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { STATUSES } from '../common/statuses';
import { DatesSettings } from '../i18n/DatesSettings';
import { useFormat } from '../i18n/format';
import { ChartCard } from './ChartCard';
import { daysOf, parseRange, PRESETS, rangeVariables } from './range';
import classes from './OverviewPage.module.css';
import { StatsDocument } from '../graphql/generated/graphql';

const SOURCE_COLORS = { WHATSAPP: 'green.7', WIDGET: 'blue.7' } as const;

export default function OverviewPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const range = parseRange(params);
  const variables = useMemo(() => rangeVariables(range), [range.from, range.to]);
  const [{ data, fetching, error }] = useQuery({ query: StatsDocument, variables });
  const stats = data?.stats;

  const byDay = useMemo(() => {
    const known = new Map(stats?.byDay.map((d) => [d.day, d]));
    return daysOf(range).map((day) => ({
      day,
      label: f.day(day),
      conversations: known.get(day)?.conversations ?? 0,
      quality: known.get(day)?.averageQualityScore ?? null,
    }));
  }, [stats, range.from, range.to, f]);
  const byStatus = STATUSES.map((s) => ({
    status: t(`status.${s}`),
    count: stats?.byStatus.find((x) => x.status === s)?.count ?? 0,
  }));
  const bySource = (stats?.bySource ?? []).map((s) => ({ name: t(`source.${s.source}`), value: s.count, color: SOURCE_COLORS[s.source] }));
  const quality = (n: number | null | undefined) => (n == null ? '—' : f.number(n, { maximumFractionDigits: 1 }));

  return (
    <Stack p="md" gap="md" style={{ overflowY: 'auto' }} flex={1}>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h3">
          {t('overview.title')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <SegmentedControl
            size="xs"
            aria-label={t('overview.range')}
            value={range.preset}
            onChange={(days) => setParams(days === 'custom' ? { from: range.from, to: range.to } : { days })}
            data={[
              ...PRESETS.map((p) => ({ value: p, label: t('overview.lastDays', { count: Number(p) }) })),
              { value: 'custom', label: t('overview.custom') },
            ]}
          />
          <DatesSettings>
            <DatePickerInput
              type="range"
              size="xs"
              label={t('overview.dates')}
              labelProps={{ className: classes.hiddenLabel }}
              value={[range.from, range.to]}
              onChange={([from, to]) => from && to && setParams({ from, to })}
              maxDate={new Date()}
              w={280}
            />
          </DatesSettings>
        </Group>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {t('errors.stats')}
        </Alert>
      )}
      {!stats && fetching && <Loader aria-label={t('common.loading')} />}
      {stats && (
        <>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <Paper withBorder p="md" radius="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {t('overview.conversations')}
              </Text>
              <Text size="xl" fw={700}>
                {f.number(stats.conversations)}
              </Text>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {t('overview.averageQuality')}
              </Text>
              <Text size="xl" fw={700}>
                {quality(stats.averageQualityScore)}
              </Text>
            </Paper>
            <Paper withBorder p="md" radius="md">
              <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
                {t('overview.bySource')}
              </Text>
              <Text size="md" fw={600}>
                {stats.bySource.map((s) => `${t(`source.${s.source}`)} ${f.number(s.count)}`).join(' · ') || '—'}
              </Text>
            </Paper>
          </SimpleGrid>
          <ChartCard
            id="chart-per-day"
            title={t('overview.perDay')}
            table={{ head: [t('overview.day'), t('overview.conversations')], rows: byDay.map((d) => [d.label, d.conversations]) }}
          >
            <BarChart
              h={240}
              data={byDay}
              dataKey="label"
              series={[{ name: 'conversations', label: t('overview.conversations'), color: 'blue.7' }]}
              tickLine="y"
              valueFormatter={(v) => f.number(v)}
            />
          </ChartCard>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <ChartCard
              id="chart-status"
              title={t('overview.statusDistribution')}
              table={{ head: [t('detail.status'), t('overview.conversations')], rows: byStatus.map((s) => [s.status, s.count]) }}
            >
              <BarChart
                h={300}
                data={byStatus}
                dataKey="status"
                orientation="vertical"
                yAxisProps={{ width: 130 }}
                series={[{ name: 'count', label: t('overview.conversations'), color: 'blue.7' }]}
                valueFormatter={(v) => f.number(v)}
              />
            </ChartCard>
            <ChartCard
              id="chart-source"
              title={t('overview.sourceDistribution')}
              table={{ head: [t('filters.source'), t('overview.conversations')], rows: bySource.map((s) => [s.name, s.value]) }}
            >
              <Group justify="center" gap="xl">
                <DonutChart data={bySource} withLabels withLabelsLine size={200} thickness={28} valueFormatter={(v) => f.number(v)} />
                <Stack gap={6}>
                  {bySource.map((s) => (
                    <Group key={s.name} gap={6}>
                      <ColorSwatch color={`var(--mantine-color-${s.color.replace('.', '-')})`} size={12} aria-hidden />
                      <Text size="sm">
                        {s.name}: {f.number(s.value)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              </Group>
            </ChartCard>
          </SimpleGrid>
          <ChartCard
            id="chart-quality"
            title={t('overview.qualityOverTime')}
            table={{ head: [t('overview.day'), t('overview.averageQuality')], rows: byDay.map((d) => [d.label, quality(d.quality)]) }}
          >
            <LineChart
              h={240}
              data={byDay}
              dataKey="label"
              series={[{ name: 'quality', label: t('overview.averageQuality'), color: 'teal.7' }]}
              connectNulls
              yAxisProps={{ domain: [0, 100] }}
              valueFormatter={(v) => f.number(v, { maximumFractionDigits: 1 })}
              curveType="monotone"
            />
          </ChartCard>
        </>
      )}
    </Stack>
  );
}
