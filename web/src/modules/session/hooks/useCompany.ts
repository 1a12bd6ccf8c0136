import { useQuery } from '@tanstack/react-query';
import { useLocalStorage } from '@mantine/hooks';
import { fetchCompanies } from '../api/session.api.ts';

/** The company being worked on; one install keeps the books of several seller companies. */
export function useCompany() {
  const companies = useQuery({ queryKey: ['companies'], queryFn: fetchCompanies, staleTime: 10 * 60_000 });
  const [chosen, setChosen] = useLocalStorage<string | null>({ key: 'debitor.company', defaultValue: null });
  const items = companies.data?.items ?? [];
  const current = items.find((c) => c.id === chosen) ?? items[0];
  return { companies: items, current, choose: setChosen };
}
