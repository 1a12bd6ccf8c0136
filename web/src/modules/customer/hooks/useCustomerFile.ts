import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addNote, fetchCustomerFile, saveDebtorType, type DebtorType } from '../api/customer.api.ts';

export const useCustomerFile = (id: string | undefined) =>
  useQuery({ queryKey: ['customer-file', id], queryFn: () => fetchCustomerFile(id!), enabled: Boolean(id) });

export function useSetDebtorType(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { debtorType: DebtorType | null; note?: string }) => saveDebtorType(id, input.debtorType, input.note),
    onSuccess: () => client.invalidateQueries({ queryKey: ['customer-file', id] }),
  });
}

export function useAddNote(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => addNote(id, text),
    onSuccess: () => client.invalidateQueries({ queryKey: ['customer-file', id] }),
  });
}
