"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";
import { parseViewState, serializeViewState, type ViewState } from "@/lib/compare/view-state";

/**
 * The view state is read from and written to the URL, so the address always shares exactly
 * what is on screen. history.replaceState (which Next.js syncs into useSearchParams) rather
 * than a router navigation: a view change needs no server round trip, and a filter keystroke
 * is not a history entry. Changing the selection of evaluations is a real navigation.
 */
export function useViewState(): [ViewState, (patch: Partial<ViewState>) => void] {
  const params = useSearchParams();
  const pathname = usePathname();
  const view = useMemo(() => parseViewState(new URLSearchParams(params.toString())), [params]);
  const update = useCallback(
    (patch: Partial<ViewState>) => {
      const next = serializeViewState({ ...view, ...patch });
      window.history.replaceState(null, "", next ? `${pathname}?${next}` : pathname);
    },
    [view, pathname],
  );
  return [view, update];
}
