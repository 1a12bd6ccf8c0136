import { useQuery } from '@tanstack/react-query';
import { fetchCallScript } from '../api/call.api.ts';

export const useCallScript = (stepCode: string | null | undefined, language: string, customerId?: string) =>
  useQuery({ queryKey: ['call-script', stepCode ?? 'L4', language, customerId], queryFn: () => fetchCallScript(stepCode ?? 'L4', language, customerId), retry: false });
