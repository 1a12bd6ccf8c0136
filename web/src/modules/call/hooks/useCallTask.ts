import { useQuery } from '@tanstack/react-query';
import { addDays } from '../../../ui/format.ts';
import { fetchCalendar, type CalendarTask, type WorkItem } from '../../today/api/today.api.ts';
import { useToday } from '../../today/hooks/useToday.ts';

export type CallTask = Pick<WorkItem, 'id' | 'version' | 'customerId' | 'customerName' | 'stepCode' | 'kind' | 'windowStart' | 'windowEnd' | 'customerTimeZone' | 'invoiceNumbers'> & { open: boolean };

/** The task being worked: from today's list, or from the calendar a month either side (a future call). */
export function useCallTask(taskId: string | undefined) {
  const today = useToday();
  const fromToday = today.data?.items.find((i) => i.id === taskId);
  const date = today.data?.date;
  const around = useQuery({
    queryKey: ['calendar-around', date],
    queryFn: () => fetchCalendar(addDays(date!, -31), addDays(date!, 31)),
    enabled: Boolean(date && taskId && !fromToday),
  });
  const fromCalendar: CalendarTask | undefined = around.data?.items.find((i) => i.id === taskId);
  const task: CallTask | undefined = fromToday ? { ...fromToday, open: true } : fromCalendar ? { ...fromCalendar, open: (fromCalendar.status ?? 'open') === 'open' } : undefined;
  return { task, today: date, myZone: today.data?.timeZone, isPending: today.isPending || (!fromToday && around.isPending && around.fetchStatus !== 'idle'), error: today.error ?? around.error };
}
