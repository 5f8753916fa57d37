"use client";

import { useSearchParams } from "next/navigation";
import { DownloadButton } from "./download-button";
import { Muted } from "../ui/muted";

const LABELS = { csv: "CSV", xlsx: "XLSX", json: "JSON", oscal: "OSCAL" } as const;
type Format = keyof typeof LABELS;

function DownloadGroup({
  base,
  query,
  formats,
  name,
}: {
  base: string;
  query: URLSearchParams;
  formats: Format[];
  name: string;
}) {
  return (
    <div
      role="group"
      aria-label="Download"
      className="flex flex-wrap items-start gap-2"
      data-testid="download-group"
    >
      <Muted as="span" className="py-1.5">
        Download
      </Muted>
      {formats.map((f) => {
        const q = new URLSearchParams(query);
        q.set("format", f);
        return (
          <DownloadButton
            key={f}
            href={`${base}?${q}`}
            label={LABELS[f]}
            fallbackName={`${name}.${f === "oscal" ? "assessment-results.json" : f}`}
          />
        );
      })}
    </div>
  );
}

/** The evaluation overview's exports, under the weight profile the page shows. */
export function EvaluationDownloads({
  slug,
  evaluationId,
  profile,
}: {
  slug: string;
  evaluationId: string;
  profile: string;
}) {
  return (
    <DownloadGroup
      base={`/w/${slug}/evaluations/${evaluationId}/export`}
      query={new URLSearchParams({ profile })}
      formats={["csv", "xlsx", "json", "oscal"]}
      name="evaluation"
    />
  );
}

/**
 * The compare page's full server exports (every criterion, every reviewer), for the
 * evaluations and profile in the address — the view changes without navigation, so the
 * address is read on each render rather than passed in.
 */
export function ComparisonDownloads({ slug }: { slug: string }) {
  const params = useSearchParams();
  const query = new URLSearchParams({ evaluations: params.get("e") ?? "" });
  const profile = params.get("p");
  if (profile) query.set("profile", profile);
  return (
    <DownloadGroup
      base={`/w/${slug}/compare/export`}
      query={query}
      formats={["csv", "xlsx", "json"]}
      name="comparison"
    />
  );
}
