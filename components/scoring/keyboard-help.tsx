"use client";

import { Heading } from "../ui/heading";

const KEYS: Array<[string, string]> = [
  ["0 – 4", "score the current criterion"],
  ["n", "N/A (then write why)"],
  ["j / k", "next / previous criterion"],
  ["e", "edit the rationale"],
  ["Esc", "leave the text field"],
  ["?", "show or hide these keys"],
];

export function KeyboardHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  if (!open) return null;
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby="keys-title"
      className="fixed right-4 bottom-4 z-50 w-72 rounded-lg border border-border bg-surface p-4 shadow-lg"
    >
      <div className="flex items-center justify-between">
        <Heading level={2} id="keys-title">
          Keyboard
        </Heading>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-2 text-sm text-muted hover:text-fg"
          aria-label="Close keyboard help"
        >
          Close
        </button>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {KEYS.map(([k, what]) => (
          <div key={k} className="contents">
            <dt>
              <kbd className="rounded border border-border bg-surface-2 px-1.5 font-mono text-xs">{k}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
