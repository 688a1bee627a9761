// Saving one settings block: sends it based on the version on screen and keeps the refusal for the block's fields.
import { useState } from "react";
import type { BudgetRead } from "../types.ts";
import { isStale, useBudgetEditing } from "../editing.tsx";

export function useSettingsSave() {
  const { edit } = useBudgetEditing();
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const save = async (send: (version: number) => Promise<BudgetRead>) => {
    setIsSaving(true);
    setIsSaved(false);
    setError(null);
    try {
      await edit(send);
      setIsSaved(true);
    } catch (caught) {
      if (!isStale(caught)) setError(caught);
    } finally {
      setIsSaving(false);
    }
  };
  return { error, setError, isSaving, isSaved, save };
}
