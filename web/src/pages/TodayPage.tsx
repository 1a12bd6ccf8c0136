import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { CalendarFeedButton } from '../modules/today/components/CalendarFeedButton.tsx';
import { WeekCalendar } from '../modules/today/components/WeekCalendar.tsx';
import { WorklistCards } from '../modules/today/components/WorklistCards.tsx';
import { WorklistTable } from '../modules/today/components/WorklistTable.tsx';
import { useToday } from '../modules/today/hooks/useToday.ts';
import { formatDate } from '../ui/format.ts';
import { useLocale } from '../ui/Money.tsx';

const PAGE = 25;

/** The collector's day (L8, L9): the ranked worklist, then the week. */
export function TodayPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const today = useToday();
  // The day is ranked: the first calls first, more on request (a busy day has hundreds; rendering them
  // all kept the page from opening within a second). One layout is rendered, not both.
  const [shown, setShown] = useState(PAGE);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
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
      {wide
        ? <Paper withBorder p="xs"><WorklistTable items={items.slice(0, shown)} myZone={myZone} /></Paper>
        : <WorklistCards items={items.slice(0, shown)} myZone={myZone} />}
      {items.length > shown && (
        <Button variant="light" onClick={() => setShown(shown + PAGE)} data-testid="show-more">
          {t('today.showMore', { count: Math.min(PAGE, items.length - shown) })}
        </Button>
      )}
      <Paper withBorder p="xs"><WeekCalendar today={date} myZone={myZone} /></Paper>
    </Stack>
  );
}
