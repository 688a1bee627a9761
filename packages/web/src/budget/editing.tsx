// How every change to a version is sent: one at a time, each naming the version it was based on (the one on
// screen, or the one the previous change produced). The answer is the version as it is now and replaces what is
// shown. When someone else changed it meanwhile (409) the page reloads it and says so; a 400 goes back to the
// field that caused it.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../api/client.ts";
import type { BudgetRead, BudgetView } from "./types.ts";
import { budgetKeys, isDefaultView } from "./queries.ts";

export type EditNotice = "conflict" | "locked" | null;

export interface BudgetEditing {
  projectId: string;
  budgetId: string;
  read: BudgetRead;
  /** Whether the caller may change this version (budget.edit, and the version is a draft). */
  canEdit: boolean;
  edit: (send: (version: number) => Promise<BudgetRead>) => Promise<BudgetRead>;
  notice: EditNotice;
  dismissNotice: () => void;
}

const EditingContext = createContext<BudgetEditing | null>(null);

/** Thrown to a field when its change was refused because the version changed under it; the page says why. */
export const isStale = (error: unknown) =>
  error instanceof ApiError && (error.code === "VERSION_CONFLICT" || error.code === "BUDGET_LOCKED");

export function BudgetEditingProvider({
  projectId,
  read,
  view,
  canEdit,
  children,
}: {
  projectId: string;
  read: BudgetRead;
  view: BudgetView;
  canEdit: boolean;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const budgetId = read.budget.id;
  const [notice, setNotice] = useState<EditNotice>(null);
  const version = useRef(read.budget.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // Versions only grow: a read that was already on its way when a change landed must not wind it back.
  useEffect(() => {
    version.current = Math.max(version.current, read.budget.version);
  }, [read.budget.version]);

  const edit = useCallback(
    (send: (version: number) => Promise<BudgetRead>) => {
      const run = async () => {
        try {
          const next = await send(version.current);
          version.current = next.budget.version;
          // The answer is computed for the saved settings: it is the default view's, other views are asked again.
          const isDefault = isDefaultView(view);
          if (isDefault) queryClient.setQueryData(budgetKeys.read(projectId, budgetId, view), next);
          await queryClient.invalidateQueries({
            queryKey: budgetKeys.version(projectId, budgetId),
            predicate: (query) => {
              const shown = query.queryKey[3] as BudgetView | undefined;
              return !(isDefault && shown !== undefined && isDefaultView(shown));
            },
          });
          void queryClient.invalidateQueries({ queryKey: budgetKeys.list(projectId) });
          setNotice(null);
          return next;
        } catch (error) {
          if (isStale(error)) {
            setNotice((error as ApiError).code === "BUDGET_LOCKED" ? "locked" : "conflict");
            await queryClient.invalidateQueries({ queryKey: budgetKeys.version(projectId, budgetId) });
            void queryClient.invalidateQueries({ queryKey: budgetKeys.list(projectId) });
          }
          throw error;
        }
      };
      const result = queue.current.then(run, run);
      queue.current = result.catch(() => undefined);
      return result;
    },
    [queryClient, projectId, budgetId, view],
  );

  const value = useMemo(
    () => ({ projectId, budgetId, read, canEdit, edit, notice, dismissNotice: () => setNotice(null) }),
    [projectId, budgetId, read, canEdit, edit, notice],
  );
  return <EditingContext.Provider value={value}>{children}</EditingContext.Provider>;
}

export function useBudgetEditing(): BudgetEditing {
  const value = useContext(EditingContext);
  if (!value) throw new Error("useBudgetEditing outside BudgetEditingProvider");
  return value;
}
