"use client";

import type { ComparisonData } from "@/lib/compare/types";
import { vendorLabel } from "@/lib/compare/vendor-input";
import type { CellRef } from "./score-cell";
import { useCellReviews } from "./use-cell-reviews";
import { Button } from "../ui/button";
import { Heading } from "../ui/heading";

const GRADES: Record<string, string> = {
  vendor_claim: "vendor claim",
  documentation: "documentation",
  tested: "tested by us",
  code_reviewed: "code reviewed",
};
const safeUrl = (u: string) => /^https?:\/\//i.test(u);
const show = (v: number | "na" | null) => (v === null ? "not scored" : v === "na" ? "N/A" : String(v));

/**
 * One popover for the whole table (the HTML popover API: Escape and a click outside close it,
 * focus returns to the cell), filled with the chosen cell's reviews. All text is rendered as
 * text; only http(s) evidence links become links, opened without a referrer.
 */
export function CellDetail({
  data,
  open,
  reviewsFrom,
}: {
  data: ComparisonData;
  open: CellRef | null;
  reviewsFrom?: string;
}) {
  const fetched = useCellReviews(reviewsFrom, open);
  const vendor = open ? data.vendors.find((v) => v.evaluationId === open.evaluationId) : undefined;
  const cell = vendor && open ? vendor.cells[open.criterionKey] : undefined;
  const reviews = fetched.state === "loaded" ? fetched.reviews : (cell?.reviews ?? []);
  const criterion = open
    ? data.sections.flatMap((s) => s.criteria).find((c) => c.key === open.criterionKey)
    : undefined;
  return (
    <div
      id="cell-detail"
      popover="auto"
      role="dialog"
      aria-label="Reviews of this criterion"
      className="m-auto max-h-[80vh] w-[min(36rem,92vw)] overflow-auto rounded-lg border border-border bg-surface p-4 text-fg shadow-xl"
    >
      {vendor && cell && criterion ? (
        <div className="grid gap-3 text-sm">
          <div>
            <p className="text-xs text-muted">{vendorLabel(vendor)}</p>
            <Heading level={2}>
              <span className="font-mono text-xs text-muted">{criterion.key}</span> {criterion.title}
            </Heading>
            <p>
              Consensus <strong>{show(cell.value)}</strong> (
              {cell.source === "agreed" ? "agreed value" : "median"})
              {cell.spread !== null && <> · spread {cell.spread}</>}
              {cell.disagreement && (
                <>
                  {" "}
                  · <strong>reviewers disagree</strong>
                </>
              )}
              {cell.lowConfidence && <> · low confidence (vendor claims only)</>}
              {cell.carriedOver && <> · carried over</>}
            </p>
            {cell.agreedReason && <p className="text-muted">Agreed because: {cell.agreedReason}</p>}
          </div>
          {fetched.state === "loading" ? (
            <p role="status" className="text-muted">
              Loading the reviews…
            </p>
          ) : fetched.state === "error" ? (
            <p role="alert" className="rounded-md border border-danger/40 bg-danger/10 p-2">
              {fetched.message}
            </p>
          ) : reviews.length === 0 ? (
            <p className="text-muted">No submitted reviews yet.</p>
          ) : (
            <ul className="grid gap-2">
              {reviews.map((r, i) => (
                <li key={i} className="rounded-md border border-border p-2">
                  <p>
                    <strong>{r.reviewer}</strong>: {show(r.value)}
                  </p>
                  {r.rationale && <p className="mt-1 break-words whitespace-pre-wrap">{r.rationale}</p>}
                  {r.evidence.length > 0 && (
                    <ul className="mt-1 list-disc pl-5">
                      {r.evidence.map((e, j) => (
                        <li key={j} className="break-all">
                          {safeUrl(e.url) ? (
                            <a
                              href={e.url}
                              target="_blank"
                              rel="noopener noreferrer nofollow"
                              className="underline"
                            >
                              {e.url}
                            </a>
                          ) : (
                            e.url
                          )}
                          <span className="text-muted"> ({GRADES[e.grade] ?? e.grade})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="text-muted">Choose a score in the table.</p>
      )}
      <Button
        type="button"
        popoverTarget="cell-detail"
        popoverTargetAction="hide"
        variant="secondary"
        size="sm"
        className="mt-3"
      >
        Close
      </Button>
    </div>
  );
}
