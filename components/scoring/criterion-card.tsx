"use client";

import { forwardRef } from "react";
import type { ActionState } from "@/lib/http/action";
import type { Scale } from "@/lib/schemas/catalogue";
import { AgreedValueForm, type Agreed } from "./agreed-value-form";
import { EvidenceEditor } from "./evidence-editor";
import { SaveState } from "./save-state";
import type { BoardCriterion, CriterionState, OtherScore, ScoreDraft } from "./types";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

interface Props {
  criterion: BoardCriterion;
  scale: Scale;
  state: CriterionState;
  others: OtherScore[] | null;
  active: boolean;
  locked: boolean;
  onFocus: () => void;
  onChange: (patch: Partial<ScoreDraft>, delay?: number) => void;
  onRetry: () => void;
  onOverwrite: () => void;
  onTakeTheirs: () => void;
  agreed: Agreed | null;
  /** Present for owners/admins once the scores are visible: records the agreed value. */
  agreeAction?: (prev: ActionState | null, form: FormData) => Promise<ActionState>;
}

const pill = "h-9 min-w-9 rounded-md border px-2 text-sm font-semibold tabular-nums";

/** One criterion: what it asks, the scale's guidance, the reviewer's score, rationale and evidence. */
export const CriterionCard = forwardRef<HTMLElement, Props>(function CriterionCard(p, ref) {
  const { criterion: c, scale, state, others, active, locked } = p;
  const { draft } = state;
  const spread = others && others.length ? spreadOf(others) : null;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      onFocus={p.onFocus}
      data-testid="score-card"
      data-key={c.key}
      aria-labelledby={`t-${c.key}`}
      className={`scroll-mt-24 rounded-lg border bg-surface p-4 outline-none ${active ? "border-accent ring-2 ring-accent/30" : "border-border"}`}
    >
      <header className="flex flex-wrap items-baseline gap-2">
        <span className="rounded bg-surface-2 px-1.5 py-0.5 font-mono text-xs text-muted">{c.key}</span>
        <Heading level={2} id={`t-${c.key}`}>
          {c.title}
        </Heading>
        {state.carriedOver && (
          <span
            className="rounded border border-accent px-1.5 text-xs text-accent"
            title="Copied from the previous evaluation; save to re-confirm"
          >
            carried over
          </span>
        )}
        <span className="ml-auto">
          <SaveState
            state={state}
            onRetry={p.onRetry}
            onOverwrite={p.onOverwrite}
            onTakeTheirs={p.onTakeTheirs}
          />
        </span>
      </header>
      <Muted className="mt-1">{c.description}</Muted>
      <div role="radiogroup" aria-label={`Score for ${c.key}`} className="mt-3 flex flex-wrap gap-1.5">
        {scale.levels.map((l) => {
          const on = !draft.notApplicable && draft.value === l.value;
          return (
            <button
              key={l.value}
              type="button"
              role="radio"
              aria-checked={on}
              disabled={locked}
              title={`${l.label}: ${c.levelGuidance[String(l.value)] ?? l.meaning}`}
              onClick={() => p.onChange({ value: l.value, notApplicable: false })}
              className={`${pill} ${on ? "border-accent bg-accent text-accent-fg" : "border-border hover:bg-surface-2"}`}
            >
              {l.value}
              <span className="sr-only"> {l.label}</span>
            </button>
          );
        })}
        <button
          type="button"
          role="radio"
          aria-checked={draft.notApplicable}
          disabled={locked}
          onClick={() => p.onChange({ value: null, notApplicable: true })}
          className={`${pill} ${draft.notApplicable ? "border-accent bg-accent text-accent-fg" : "border-border hover:bg-surface-2"}`}
        >
          N/A
        </button>
      </div>
      {draft.value !== null && !draft.notApplicable && c.levelGuidance[String(draft.value)] && (
        <p className="mt-2 text-sm">
          <span className="font-medium">{scale.levels.find((l) => l.value === draft.value)?.label}:</span>{" "}
          {c.levelGuidance[String(draft.value)]}
        </p>
      )}
      <label htmlFor={`r-${c.key}`} className="mt-3 block text-sm font-medium">
        Rationale{draft.notApplicable && <span className="text-danger"> (required for N/A)</span>}
      </label>
      <textarea
        id={`r-${c.key}`}
        data-rationale
        value={draft.rationale}
        disabled={locked}
        rows={2}
        maxLength={10_000}
        onChange={(e) => p.onChange({ rationale: e.target.value }, 700)}
        className="mt-1 w-full rounded-md border border-border bg-surface px-2 py-1.5 text-sm"
      />
      <div className="mt-2">
        <EvidenceEditor
          items={draft.evidence}
          disabled={locked}
          idPrefix={`e-${c.key}`}
          onChange={(evidence) => p.onChange({ evidence })}
        />
      </div>
      {others && (
        <div className="mt-3 border-t border-border pt-2 text-sm" data-testid="others">
          <span className="font-medium">All reviewers</span>
          {spread !== null && (
            <span className={`ml-2 text-xs ${spread >= 2 ? "font-semibold text-danger" : "text-muted"}`}>
              spread {spread}
              {spread >= 2 ? " · disagreement" : ""}
            </span>
          )}
          <ul className="mt-1 grid gap-1">
            {others.map((o) => (
              <li key={o.reviewer}>
                <span className="font-mono font-semibold">{o.notApplicable ? "N/A" : (o.value ?? "—")}</span>{" "}
                <span className="text-muted">{o.reviewer}</span>
                {o.rationale && <> — {o.rationale}</>}
              </li>
            ))}
          </ul>
          {p.agreed && (
            <p className="mt-1 text-sm" data-testid="agreed">
              Agreed: <strong>{p.agreed.notApplicable ? "N/A" : p.agreed.value}</strong> — {p.agreed.reason}
            </p>
          )}
          {p.agreeAction && (
            <AgreedValueForm action={p.agreeAction} scale={scale} agreed={p.agreed} criterionKey={c.key} />
          )}
        </div>
      )}
    </article>
  );
});

function spreadOf(others: OtherScore[]): number | null {
  const values = others.filter((o) => !o.notApplicable && o.value !== null).map((o) => o.value!);
  return values.length ? Math.max(...values) - Math.min(...values) : null;
}
