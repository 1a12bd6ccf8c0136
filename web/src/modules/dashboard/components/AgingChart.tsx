import { BarChart } from '@mantine/charts';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../ui/format.ts';
import { Money, useLocale } from '../../../ui/Money.tsx';
import type { Dashboard } from '../api/dashboard.api.ts';
import { agingChartData } from '../hooks/chartData.ts';

/** Receivables by aging bucket, one chart per currency; the total and the overdue part to the kopeck. */
export function AgingChart({ totals }: { totals: Dashboard['totals'][number] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = agingChartData(totals, (b) => t(`aging.${b}`));
  return (
    <Card withBorder>
      <Group justify="space-between" align="flex-start">
        <Title order={4}>{t('dashboard.aging', { currency: totals.currency })}</Title>
        <Stack gap={0} align="flex-end">
          <Text size="sm">{t('dashboard.total')}: <b><Money amount={totals.total} currency={totals.currency} /></b></Text>
          <Text size="sm" c="red">{t('file.overdue')}: <b><Money amount={totals.overdue} currency={totals.currency} /></b></Text>
        </Stack>
      </Group>
      <BarChart
        h={240} mt="md" data={data} dataKey="bucket" withBarValueLabel={false} barProps={{ isAnimationActive: false }}
        series={[{ name: 'amount', label: totals.currency, color: 'indigo.6' }]}
        valueFormatter={(v) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v)}
        tooltipProps={{ content: ({ payload }) => {
          const point = payload?.[0]?.payload as { bucket: string; exact: string } | undefined;
          return point ? <Card withBorder p={6}><Text size="xs">{point.bucket}: {formatMoney(point.exact, totals.currency, locale)}</Text></Card> : null;
        } }}
      />
    </Card>
  );
}
