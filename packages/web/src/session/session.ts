// Who is signed in: GET /auth/me cached by React Query under one key. A 401 means "nobody" (null),
// not an error. The CSRF token from every session answer is handed to the API client.
import { useQuery, type QueryClient } from "@tanstack/react-query";
import { ApiError, api, setCsrfToken } from "../api/client.ts";
import type { Me } from "../api/types.ts";

export const meQueryKey = ["me"] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.me();
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** After login or sign-up: remember the token, forget everything cached for the previous user. */
export async function startSession(queryClient: QueryClient, csrfToken: string): Promise<void> {
  setCsrfToken(csrfToken);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
}

/** Signs out of this session, or with `everywhere` of every session of the user on every device. */
export async function endSession(
  queryClient: QueryClient,
  options: { everywhere?: boolean } = {},
): Promise<void> {
  try {
    await (options.everywhere ? api.logoutEverywhere() : api.logout());
  } finally {
    setCsrfToken(null);
    queryClient.clear();
    queryClient.setQueryData(meQueryKey, null);
  }
}
