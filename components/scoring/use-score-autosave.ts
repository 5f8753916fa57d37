"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionState } from "@/lib/http/action";
import type { CriterionState, ScoreDraft } from "./types";

type Save = (key: string, body: ScoreDraft, version: number) => Promise<ActionState<{ version: number }>>;

const TEXT_DELAY_MS = 700;
const RETRY_MS = 10_000;

/**
 * Autosave with nothing lost: every change is kept in localStorage until the server confirms
 * it, so a reload or a network failure keeps the draft; failed saves retry when the browser
 * comes back online (and every 10 s). Saves carry the version last seen; a 409 becomes a
 * "conflict" state with the server's value, for the reviewer to merge or overwrite.
 */
export function useScoreAutosave(evaluationId: string, initial: Record<string, CriterionState>, save: Save) {
  const [states, setStates] = useState(initial);
  const store = useRef(initial);
  const inflight = useRef(new Set<string>());
  const again = useRef(new Set<string>());
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  // A change made while its save was in flight is sent again afterwards, through this ref.
  const resend = useRef<(key: string) => void>(() => {});
  const storageKey = useCallback((key: string) => `scorecard:draft:${evaluationId}:${key}`, [evaluationId]);

  const commit = useCallback((key: string, patch: Partial<CriterionState>) => {
    store.current = { ...store.current, [key]: { ...store.current[key], ...patch } };
    setStates(store.current);
  }, []);

  const flush = useCallback(
    async (key: string) => {
      if (inflight.current.has(key)) {
        again.current.add(key);
        return;
      }
      const sent = store.current[key];
      inflight.current.add(key);
      commit(key, { status: "saving", message: undefined });
      try {
        const r = await save(key, sent.draft, sent.version);
        const unchanged = store.current[key].draft === sent.draft;
        if (r.ok && r.data) {
          commit(key, {
            version: r.data.version,
            status: unchanged ? "saved" : "idle",
            carriedOver: false,
            theirs: undefined,
          });
          if (unchanged) localStorage.removeItem(storageKey(key));
        } else if (r.code === "conflict" && r.details?.current) {
          const c = r.details.current as ScoreDraft & { version: number };
          commit(key, { status: "conflict", theirs: c, message: "Changed elsewhere since you loaded it." });
        } else if (r.code === "validation_failed" || r.code === "conflict" || r.code === "forbidden") {
          commit(key, { status: "invalid", message: Object.values(r.fieldErrors ?? {})[0] ?? r.message });
        } else {
          commit(key, { status: "failed", message: r.message ?? "Not saved." });
        }
      } catch {
        commit(key, { status: "failed", message: "No connection: kept on this device, will retry." });
      } finally {
        inflight.current.delete(key);
        if (again.current.delete(key)) resend.current(key);
      }
    },
    [commit, save, storageKey],
  );

  useEffect(() => {
    resend.current = (key) => void flush(key);
  }, [flush]);

  /** Applies a change now; saves at once (scores) or after a pause in typing (text). */
  const update = useCallback(
    (key: string, patch: Partial<ScoreDraft>, delay = 0) => {
      const draft = { ...store.current[key].draft, ...patch };
      commit(key, { draft, status: "idle" });
      localStorage.setItem(storageKey(key), JSON.stringify({ draft, version: store.current[key].version }));
      clearTimeout(timers.current.get(key));
      timers.current.set(
        key,
        setTimeout(() => void flush(key), delay),
      );
    },
    [commit, flush, storageKey],
  );

  const overwrite = useCallback(
    (key: string) => {
      const theirs = store.current[key].theirs;
      if (!theirs) return;
      commit(key, { version: theirs.version, theirs: undefined });
      void flush(key);
    },
    [commit, flush],
  );

  const takeTheirs = useCallback(
    (key: string) => {
      const theirs = store.current[key].theirs;
      if (!theirs) return;
      const { version, ...draft } = theirs;
      commit(key, {
        draft: {
          value: draft.value,
          notApplicable: draft.notApplicable,
          rationale: draft.rationale,
          evidence: draft.evidence ?? [],
        },
        version,
        theirs: undefined,
        status: "saved",
        message: undefined,
      });
      localStorage.removeItem(storageKey(key));
    },
    [commit, storageKey],
  );

  // Drafts left by a reload or an outage: restore them and send them again.
  useEffect(() => {
    for (const key of Object.keys(store.current)) {
      const raw = localStorage.getItem(storageKey(key));
      if (!raw) continue;
      try {
        const { draft, version } = JSON.parse(raw) as { draft: ScoreDraft; version: number };
        // Sent with the version the draft was based on: if the server moved on, that is a 409.
        commit(key, { draft, version, status: "idle" });
        void flush(key);
      } catch {
        localStorage.removeItem(storageKey(key));
      }
    }
  }, [commit, flush, storageKey]);

  useEffect(() => {
    const retryFailed = () =>
      Object.entries(store.current).forEach(([k, s]) => {
        if (s.status === "failed") void flush(k);
      });
    window.addEventListener("online", retryFailed);
    const timer = setInterval(retryFailed, RETRY_MS);
    return () => {
      window.removeEventListener("online", retryFailed);
      clearInterval(timer);
    };
  }, [flush]);

  return { states, update, flush, overwrite, takeTheirs, TEXT_DELAY_MS };
}
