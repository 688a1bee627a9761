// A settings block's unsaved draft: starts as what is saved, and starts again whenever the saved value changes
// (this block's own save, or someone else's change that the page reloaded).
import { useState } from "react";

export function useDraft<T>(saved: T) {
  const savedJson = JSON.stringify(saved);
  const [base, setBase] = useState(savedJson);
  const [draft, setDraft] = useState(saved);
  if (base !== savedJson) {
    setBase(savedJson);
    setDraft(saved);
  }
  const isDirty = JSON.stringify(draft) !== savedJson;
  return { draft, setDraft, isDirty, reset: () => setDraft(saved) };
}
