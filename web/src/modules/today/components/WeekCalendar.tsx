import { ActionIcon, Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays, dateIn, formatDate, timeIn, weekStart } from '../../../ui/format.ts';
import { useLocale } from '../../../ui/Money.tsx';
import type { CalendarTask } from '../api/today.api.ts';
import { useCalendar } from '../hooks/useToday.ts';

/** A day shows its first calls; the rest are counted (a busy collector has hundreds in a week). */
const SHOWN_PER_DAY = 8;

/** L8: the collector's week, Monday to Sunday, each task at its time in the collector's own zone. */
export function WeekCalendar({ today, myZone }: { today: string; myZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [monday, setMonday] = useState(() => weekStart(today));
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const calendar = useCalendar(monday, days[6]);
  const byDay = new Map<string, CalendarTask[]>();
  for (const task of calendar.data?.items ?? []) {
    const day = dateIn(task.windowStart, myZone);
    const list = byDay.get(day);
    if (list) list.push(task);
    else byDay.set(day, [task]);
  }
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600}>{t('calendar.week', { from: formatDate(monday, locale), to: formatDate(days[6]!, locale) })}</Text>
        <Group gap={4}>
          <ActionIcon variant="default" aria-label={t('calendar.previous')} onClick={() => setMonday(addDays(monday, -7))}>‹</ActionIcon>
          <ActionIcon variant="default" aria-label={t('calendar.next')} onClick={() => setMonday(addDays(monday, 7))}>›</ActionIcon>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 7 }} spacing={6}>
        {days.map((day) => (
          <Paper key={day} withBorder p={6} mih={90} data-testid={`calendar-day-${day}`} bg={day === today ? 'var(--mantine-color-indigo-0)' : undefined}>
            <Text size="xs" fw={700} tt="capitalize">{formatDate(day, locale, { weekday: 'short', day: 'numeric', month: 'short' })}</Text>
            <Stack gap={2} mt={4}>
              {(byDay.get(day) ?? []).sort((a, b) => Date.parse(a.windowStart) - Date.parse(b.windowStart)).slice(0, SHOWN_PER_DAY).map((task) => (
                <Text key={task.id} size="xs" lineClamp={2} data-testid="calendar-task">
                  <Text span fw={600}>{timeIn(task.windowStart, myZone)}</Text>{' '}
                  {task.status && task.status !== 'open'
                    ? <Text span c="dimmed" td="line-through">{task.customerName}</Text>
                    : <Anchor component={Link} to={`/call/${task.id}`} size="xs">{task.customerName}</Anchor>}
                  {' '}<Text span c="dimmed">{t(`taskKind.${task.kind}`, { defaultValue: task.kind })}</Text>
                </Text>
              ))}
              {(byDay.get(day)?.length ?? 0) > SHOWN_PER_DAY && (
                <Text size="xs" c="dimmed" data-testid="calendar-more">+{(byDay.get(day)?.length ?? 0) - SHOWN_PER_DAY}</Text>
              )}
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
