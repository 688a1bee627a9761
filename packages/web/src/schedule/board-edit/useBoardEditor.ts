// Changes to a draft board made by hand, drawn at once and sent one after another: each names the version the
// server gave the change before it, so quick moves in a row never trip over each other. When the server refuses
// one, the board goes back to what the server last confirmed (or to the current board a conflict brings), the
// changes queued after it are dropped, and the caller is told why.
import { useCallback, useEffect, useRef, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "../../api/client.ts";
import type { Board } from "../../api/types.ts";
import { scheduleKeys } from "../queries.ts";
import { applyEdit, type BoardEdit } from "./edits.ts";

export interface EditFailure {
  edit: BoardEdit;
  error: unknown;
}

export interface BoardEditor {
  /** Draws the change and queues it for the server. */
  edit(edit: BoardEdit): void;
  /** Changes drawn but not yet confirmed. */
  pending: number;
  failure: EditFailure | null;
  dismissFailure(): void;
}

function isBoard(value: unknown): value is Board {
  return typeof value === "object" && value !== null && "schedule" in value && "days" in value;
}

/** The current board a 409 VERSION_CONFLICT carries, if it does. */
function currentBoard(error: unknown): Board | null {
  if (!(error instanceof ApiError) || error.code !== "VERSION_CONFLICT") return null;
  const current = (error.body as { error?: { current?: unknown } } | undefined)?.error?.current;
  return isBoard(current) ? current : null;
}

export function useBoardEditor(projectId: string, scheduleId: string): BoardEditor {
  const queryClient = useQueryClient();
  const queue = useRef<BoardEdit[]>([]);
  const confirmed = useRef<Board | null>(null);
  const isSending = useRef(false);
  const isMounted = useRef(true);
  const [pending, setPending] = useState(0);
  const [failure, setFailure] = useState<EditFailure | null>(null);

  useEffect(() => {
    isMounted.current = true;
    return () => {
      isMounted.current = false;
    };
  }, []);

  const send = useCallback(
    (edit: BoardEdit, version: number) => {
      switch (edit.kind) {
        case "move":
          return api.moveStrips(projectId, scheduleId, { version, strips: [...edit.strips], to: edit.to });
        case "lock-strip":
          return api.lockStrip(projectId, scheduleId, edit.lineageId, version, edit.locked);
        case "lock-day":
          return api.lockDay(projectId, scheduleId, edit.dayId, version, edit.locked);
      }
    },
    [projectId, scheduleId],
  );

  const drain = useCallback(async () => {
    if (isSending.current) return;
    isSending.current = true;
    const key = scheduleKeys.board(projectId, scheduleId);
    const draw = () => {
      if (confirmed.current) {
        queryClient.setQueryData(key, queue.current.reduce(applyEdit, confirmed.current));
      }
      if (isMounted.current) setPending(queue.current.length);
    };
    while (queue.current.length > 0 && confirmed.current) {
      const edit = queue.current[0]!;
      try {
        confirmed.current = await send(edit, confirmed.current.schedule.version);
        queue.current.shift();
        draw();
      } catch (error) {
        queue.current = [];
        const current = currentBoard(error);
        if (current) confirmed.current = current;
        draw();
        // Refused for a reason the board in hand may not show (someone locked a day meanwhile): read it again.
        if (!current) void queryClient.invalidateQueries({ queryKey: key });
        if (isMounted.current) setFailure({ edit, error });
      }
    }
    isSending.current = false;
    // The variants' list carries each board's version (publishing names it) and its counts.
    void queryClient.invalidateQueries({ queryKey: scheduleKeys.boards(projectId) });
  }, [projectId, scheduleId, queryClient, send]);

  const edit = useCallback(
    (change: BoardEdit) => {
      const key = scheduleKeys.board(projectId, scheduleId);
      if (queue.current.length === 0) {
        confirmed.current = queryClient.getQueryData<Board>(key) ?? null;
        void queryClient.cancelQueries({ queryKey: key });
      }
      if (!confirmed.current) return;
      queue.current.push(change);
      queryClient.setQueryData(key, queue.current.reduce(applyEdit, confirmed.current));
      setPending(queue.current.length);
      setFailure(null);
      void drain();
    },
    [projectId, scheduleId, queryClient, drain],
  );

  const dismissFailure = useCallback(() => setFailure(null), []);
  return { edit, pending, failure, dismissFailure };
}
