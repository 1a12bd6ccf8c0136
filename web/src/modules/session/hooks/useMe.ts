import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../../ui/http.ts';
import { fetchMe, type Me } from '../api/session.api.ts';

/** Who is signed in; undefined data with a 401 means the sign-in page. */
export function useMe() {
  return useQuery<Me | null>({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await fetchMe();
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export const isManager = (me: Me | null | undefined) => me?.role === 'manager' || me?.role === 'admin';

/** Policies and letter templates are edited by managers and administrators (policies.manage). */
export const canEditPolicies = isManager;
