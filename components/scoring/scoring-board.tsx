"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/http/action";
import type { Scale } from "@/lib/schemas/catalogue";
import { useHydrated } from "../ui/use-hydrated";
import { Button } from "../ui/button";
import { Muted } from "../ui/muted";
import { CriterionCard } from "./criterion-card";
import { KeyboardHelp } from "./keyboard-help";
import type { Agreed } from "./agreed-value-form";
import type { BoardCriterion, CriterionState, OtherScore, ScoreDraft } from "./types";
import { useScoreAutosave } from "./use-score-autosave";

interface Props {
  evaluationId: string;
  sectionTitle: string;
  scale: Scale;
  criteria: BoardCriterion[];
  initial: Record<string, CriterionState>;
  others: Record<string, OtherScore[]> | null;
  locked: boolean;
  lockedReason: string | null;
  save: (key: string, body: ScoreDraft, version: number) => Promise<ActionState<{ version: number }>>;
  submit: () => Promise<ActionState>;
  agreed: Record<string, Agreed>;
  agree?: (criterionKey: string, prev: ActionState | null, form: FormData) => Promise<ActionState>;
}

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && !!t.closest("input, textarea, select, [contenteditable]");

/** Keyboard-first scoring of one section: 0–4 and n score, j/k move, e edits, ? shows the keys. */
export function ScoringBoard(p: Props) {
  const router = useRouter();
  const ready = useHydrated();
  const { states, update, flush, overwrite, takeTheirs } = useScoreAutosave(
    p.evaluationId,
    p.initial,
    p.save,
  );
  const [active, setActive] = useState(0);
  const [help, setHelp] = useState(false);
  const [submitState, setSubmitState] = useState<ActionState | null>(null);
  const cards = useRef<Array<HTMLElement | null>>([]);
  const done = p.criteria.filter(
    (c) => states[c.key].draft.notApplicable || states[c.key].draft.value !== null,
  ).length;

  useEffect(() => {
    const move = (to: number) => {
      const i = Math.max(0, Math.min(p.criteria.length - 1, to));
      setActive(i);
      cards.current[i]?.focus({ preventScroll: true });
      cards.current[i]?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && typing(e.target)) {
        (e.target as HTMLElement).blur();
        cards.current[active]?.focus();
        return;
      }
      if (typing(e.target) || e.metaKey || e.ctrlKey || e.altKey) return;
      const key = p.criteria[active]?.key;
      if (e.key === "?") {
        setHelp((h) => !h);
        e.preventDefault();
        return;
      }
      if (e.key === "j") {
        move(active + 1);
        e.preventDefault();
        return;
      }
      if (e.key === "k") {
        move(active - 1);
        e.preventDefault();
        return;
      }
      if (p.locked || !key) return;
      const level = p.scale.levels.find((l) => String(l.value) === e.key);
      if (level) {
        update(key, { value: level.value, notApplicable: false });
        e.preventDefault();
        return;
      }
      if (e.key === "n" || e.key === "e") {
        if (e.key === "n") update(key, { value: null, notApplicable: true });
        cards.current[active]?.querySelector<HTMLTextAreaElement>("textarea[data-rationale]")?.focus();
        e.preventDefault();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [active, p.criteria, p.locked, p.scale.levels, update]);

  async function submit() {
    const r = await p
      .submit()
      .catch(() => ({ ok: false, message: "The server could not be reached." }) as ActionState);
    setSubmitState(r);
    if (r.ok) router.refresh();
  }

  return (
    <div className="grid gap-4" data-ready={ready || undefined} data-testid="scoring-board">
      <div className="sticky top-14 z-30 flex flex-wrap items-center gap-3 border-b border-border bg-bg/95 py-2 backdrop-blur">
        <span className="text-sm" data-testid="progress">
          <strong>{done}</strong> of {p.criteria.length} scored
        </span>
        <progress
          max={p.criteria.length}
          value={done}
          className="h-2 w-32"
          aria-label={`${done} of ${p.criteria.length} criteria scored`}
        />
        <button type="button" onClick={() => setHelp((h) => !h)} className="text-sm text-muted underline">
          Keyboard: ?
        </button>
        {!p.locked && (
          <Button
            className="ml-auto"
            disabled={done < p.criteria.length}
            onClick={submit}
            title={done < p.criteria.length ? "Score every criterion first" : undefined}
          >
            Submit {p.sectionTitle}
          </Button>
        )}
        {p.lockedReason && (
          <Muted as="span" className="ml-auto">
            {p.lockedReason}
          </Muted>
        )}
        {submitState && (
          <p
            role={submitState.ok ? "status" : "alert"}
            className={`basis-full text-sm ${submitState.ok ? "text-ok" : "text-danger"}`}
          >
            {submitState.message}
          </p>
        )}
      </div>
      {p.criteria.map((c, i) => (
        <CriterionCard
          key={c.key}
          ref={(el) => {
            cards.current[i] = el;
          }}
          criterion={c}
          scale={p.scale}
          state={states[c.key]}
          others={p.others?.[c.key] ?? null}
          active={i === active}
          locked={p.locked}
          onFocus={() => setActive(i)}
          onChange={(patch, delay) => update(c.key, patch, delay)}
          onRetry={() => void flush(c.key)}
          onOverwrite={() => overwrite(c.key)}
          onTakeTheirs={() => takeTheirs(c.key)}
          agreed={p.agreed[c.key] ?? null}
          agreeAction={p.agree && p.others ? p.agree.bind(null, c.key) : undefined}
        />
      ))}
      <KeyboardHelp open={help} onClose={() => setHelp(false)} />
    </div>
  );
}
