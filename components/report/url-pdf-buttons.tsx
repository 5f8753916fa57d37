"use client";

import { useSearchParams } from "next/navigation";
import { parseViewState } from "@/lib/compare/view-state";
import { DownloadPdfButton } from "./download-pdf-button";

/**
 * The compare page's PDF: the evaluations and the weight profile come from the address (the
 * view's state lives there), read at click time so a live profile switch is honoured.
 */
export function ComparePdfButton({ slug }: { slug: string }) {
  const view = parseViewState(new URLSearchParams(useSearchParams().toString()));
  const q = new URLSearchParams({ evaluations: view.evaluations.join(","), profile: view.profile });
  return <DownloadPdfButton href={`/w/${encodeURIComponent(slug)}/compare/report.pdf?${q}`} />;
}

/** A share link's PDF: its snapshot, with the profile the visitor has switched to. */
export function SharePdfButton({ token }: { token: string }) {
  const view = parseViewState(new URLSearchParams(useSearchParams().toString()));
  return (
    <DownloadPdfButton
      href={`/s/${encodeURIComponent(token)}/report.pdf?${new URLSearchParams({ profile: view.profile })}`}
    />
  );
}
