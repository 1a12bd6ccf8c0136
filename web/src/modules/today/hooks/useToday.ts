import { useQuery } from '@tanstack/react-query';
import { fetchCalendar, fetchToday } from '../api/today.api.ts';

export const useToday = (date?: string) => useQuery({ queryKey: ['today', date ?? 'now'], queryFn: () => fetchToday(date) });

export const useCalendar = (from: string | undefined, to: string | undefined) =>
  useQuery({ queryKey: ['calendar', from, to], queryFn: () => fetchCalendar(from!, to!), enabled: Boolean(from && to) });
