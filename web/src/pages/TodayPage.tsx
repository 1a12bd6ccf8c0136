import { Alert, Box, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { CalendarFeedButton } from '../modules/today/components/CalendarFeedButton.tsx';
import { WeekCalendar } from '../modules/today/components/WeekCalendar.tsx';
import { WorklistCards } from '../modules/today/components/WorklistCards.tsx';
import { WorklistTable } from '../modules/today/components/WorklistTable.tsx';
import { useToday } from '../modules/today/hooks/useToday.ts';
import { formatDate } from '../ui/format.ts';
import { useLocale } from '../ui/Money.tsx';

/** The collector's day (L8, L9): the ranked worklist, then the week. */
export function TodayPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = useToday();
  const saved = useLocation().state as { saved?: string; followUp?: string | null } | null;
  if (today.isPending) return <Loader />;
  if (today.isError) return <Alert color="red">{today.error.message}</Alert>;
  const { date, items, timeZone: myZone } = today.data;
  const overdue = items.filter((i) => i.overdueTask).length;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('today.title')}</Title>
          <Text c="dimmed" size="sm">
            {formatDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })} · {t('today.tasks', { count: items.length })}
            {overdue > 0 && ` · ${t('today.overdueTasks', { count: overdue })}`} · {t('today.yourZone', { zone: myZone })}
          </Text>
        </div>
        <CalendarFeedButton />
      </Group>
      {saved?.saved && (
        <Alert color="green" data-testid="follow-up">
          {t('today.saved', { name: saved.saved })}
          {saved.followUp && ` ${t('today.followUp', { date: formatDate(saved.followUp, locale, { weekday: 'long', day: 'numeric', month: 'long' }) })}`}
        </Alert>
      )}
      <Paper withBorder p="xs" visibleFrom="sm"><WorklistTable items={items} myZone={myZone} /></Paper>
      <Box hiddenFrom="sm"><WorklistCards items={items} myZone={myZone} /></Box>
      <Paper withBorder p="xs"><WeekCalendar today={date} myZone={myZone} /></Paper>
    </Stack>
  );
}
