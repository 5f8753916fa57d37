"use client";

import { Plus, X } from "lucide-react";
import { useState } from "react";
import { GRADE_LABELS, type Evidence, type Grade } from "./types";
import { Button } from "../ui/button";

/** Evidence links (http/https only) with a grade each; changes save with the score. */
export function EvidenceEditor({
  items,
  onChange,
  disabled,
  idPrefix,
}: {
  items: Evidence[];
  onChange: (next: Evidence[]) => void;
  disabled: boolean;
  idPrefix: string;
}) {
  const [url, setUrl] = useState("");
  const [grade, setGrade] = useState<Grade>("documentation");
  const [error, setError] = useState<string | null>(null);
  function add() {
    try {
      const u = new URL(url.trim());
      if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error();
      onChange([...items, { url: u.toString(), grade }]);
      setUrl("");
      setError(null);
    } catch {
      setError("Use an http or https link.");
    }
  }
  return (
    <div className="grid gap-2">
      {items.length > 0 && (
        <ul className="grid gap-1 text-sm">
          {items.map((e, i) => (
            <li key={`${e.url}-${i}`} className="flex items-center gap-2">
              <span className="rounded bg-surface-2 px-1.5 py-0.5 text-xs text-muted">
                {GRADE_LABELS[e.grade]}
              </span>
              <a
                href={e.url}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="min-w-0 truncate underline"
              >
                {e.url}
              </a>
              {!disabled && (
                <button
                  type="button"
                  onClick={() => onChange(items.filter((_, j) => j !== i))}
                  className="rounded p-0.5 text-muted hover:text-danger"
                  aria-label={`Remove evidence ${e.url}`}
                >
                  <X aria-hidden className="h-4 w-4" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <div className="flex flex-wrap items-center gap-2">
          <label className="sr-only" htmlFor={`${idPrefix}-url`}>
            Evidence link
          </label>
          <input
            id={`${idPrefix}-url`}
            type="url"
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
            placeholder="https://vendor.example/docs/…"
            className="h-8 min-w-0 flex-1 rounded-md border border-border bg-surface px-2 text-sm"
          />
          <label className="sr-only" htmlFor={`${idPrefix}-grade`}>
            Evidence grade
          </label>
          <select
            id={`${idPrefix}-grade`}
            value={grade}
            onChange={(e) => setGrade(e.target.value as Grade)}
            className="h-8 rounded-md border border-border bg-surface px-1 text-sm"
          >
            {Object.entries(GRADE_LABELS).map(([g, label]) => (
              <option key={g} value={g}>
                {label}
              </option>
            ))}
          </select>
          <Button type="button" onClick={add} variant="secondary" size="sm" className="gap-1 px-2">
            <Plus aria-hidden className="h-4 w-4" />
            Add
          </Button>
          {error && (
            <span role="alert" className="basis-full text-sm text-danger">
              {error}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
