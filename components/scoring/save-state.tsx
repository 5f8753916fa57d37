"use client";

import type { CriterionState } from "./types";
import { Button } from "../ui/button";

/** The visible autosave state of one criterion, with the ways out of a failure. */
export function SaveState({
  state,
  onRetry,
  onOverwrite,
  onTakeTheirs,
}: {
  state: CriterionState;
  onRetry: () => void;
  onOverwrite: () => void;
  onTakeTheirs: () => void;
}) {
  const { status, message, theirs } = state;
  if (status === "saving")
    return (
      <span className="text-xs text-muted" role="status">
        Saving…
      </span>
    );
  if (status === "saved")
    return state.version === 0 ? null : (
      <span className="text-xs text-ok" role="status">
        Saved
      </span>
    );
  if (status === "idle") return <span className="text-xs text-muted">Unsaved</span>;
  if (status === "conflict" && theirs) {
    return (
      <div role="alert" className="grid gap-1 rounded-md border border-danger p-2 text-xs">
        <span>
          {message} Server: <strong>{theirs.notApplicable ? "N/A" : (theirs.value ?? "—")}</strong>
          {theirs.rationale ? ` — “${theirs.rationale.slice(0, 120)}”` : ""}
        </span>
        <span className="flex gap-2">
          <Button type="button" onClick={onTakeTheirs} variant="secondary" size="xs">
            Use the server&apos;s
          </Button>
          <Button type="button" onClick={onOverwrite} variant="danger" size="xs">
            Keep mine (overwrite)
          </Button>
        </span>
      </div>
    );
  }
  return (
    <span role="alert" className="flex items-center gap-2 text-xs text-danger">
      {message ?? "Not saved."}
      {status === "failed" && (
        <Button type="button" onClick={onRetry} variant="danger" size="xs">
          Retry
        </Button>
      )}
    </span>
  );
}
