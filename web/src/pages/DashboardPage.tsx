import { Alert, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchDashboard } from '../modules/dashboard/api/dashboard.api.ts';
import { AgingChart } from '../modules/dashboard/components/AgingChart.tsx';
import { CollectorLoads, PromiseList, TopDebtors } from '../modules/dashboard/components/DashboardTables.tsx';
import { useCompany } from '../modules/session/hooks/useCompany.ts';
import { formatDate } from '../ui/format.ts';
import { useLocale } from '../ui/Money.tsx';

/** The managers' view: receivables by age, who owes most, the promises to watch, each collector's work. */
export function DashboardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { current } = useCompany();
  const dashboard = useQuery({ queryKey: ['dashboard', current?.id], queryFn: () => fetchDashboard(current?.id) });
  if (dashboard.isPending) return <Loader />;
  if (dashboard.isError) return <Alert color="red">{dashboard.error.message}</Alert>;
  const d = dashboard.data;
  return (
    <Stack>
      <div>
        <Title order={2}>{t('nav.dashboard')}</Title>
        <Text size="sm" c="dimmed">{t('dashboard.asOf', { date: formatDate(d.asOf, locale) })}</Text>
      </div>
      {d.totals.length === 0 && <Text c="dimmed">{t('dashboard.empty')}</Text>}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {d.totals.map((totals) => <AgingChart key={totals.currency} totals={totals} />)}
        {d.topDebtors.map((top) => <TopDebtors key={top.currency} top={top} />)}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <PromiseList title={t('dashboard.promisesDue')} items={d.promisesDueThisWeek} empty={t('dashboard.none')} />
        <PromiseList title={t('dashboard.promisesBroken')} items={d.promisesBrokenLastWeek} empty={t('dashboard.none')} />
        <CollectorLoads collectors={d.collectors} />
      </SimpleGrid>
    </Stack>
  );
}
