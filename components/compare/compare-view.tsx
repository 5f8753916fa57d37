"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { buildRows } from "@/lib/compare/rows";
import { chosenProfile } from "@/lib/compare/chosen-profile";
import type { ProfileSensitivity } from "@/lib/compare/sensitivity-for-view";
import { DEFAULT_VIEW } from "@/lib/compare/view-state";
import type { ComparisonData } from "@/lib/compare/types";
import { vendorInput, vendorLabel } from "@/lib/compare/vendor-input";
import { rankVendors } from "@/lib/scoring/ranking";
import { Heading } from "../ui/heading";
import { HydrateApart } from "../ui/hydrate-apart";
import { Muted } from "../ui/muted";
import { CellDetail } from "./cell-detail";
import { RankingChart } from "./charts/ranking-chart";
import { SectionBarsChart } from "./charts/section-bars";
import { SectionRadarChart } from "./charts/section-radar";
import { LazyHeatmap } from "./charts/lazy-heatmap";
import { CompareTable } from "./compare-table";
import { CompareToolbar } from "./compare-toolbar";
import { CsvExport } from "./csv-export";
import { RankingSummary } from "./ranking-summary";
import type { CellRef } from "./score-cell";
import { useSensitivity } from "./use-sensitivity";
import { useViewState } from "./use-view-state";

/**
 * The comparison: ranking, sensitivity, charts and the criteria × vendors table. Scores are
 * recomputed here with lib/scoring — the same functions the server and the API use — so a
 * profile switch is instant and always agrees with the API and the PDF. `reviewsFrom`: where
 * an opened cell's reviews are fetched when the data was loaded without them. `sensitivity`:
 * the server's answer for the address's profile (lib/compare/sensitivity-for-view.ts).
 */
export function CompareView({
  data,
  reviewsFrom,
  sensitivity,
}: {
  data: ComparisonData;
  reviewsFrom?: string;
  sensitivity?: ProfileSensitivity;
}) {
  const [view, update] = useViewState();
  const root = useRef<HTMLDivElement>(null);
  // Marks the view interactive for tests and scripts by touching the DOM, not state: a state
  // flip would re-render the whole view once more right after hydration, on the phone's clock.
  useEffect(() => root.current?.setAttribute("data-ready", "true"), []);
  const [open, setOpen] = useState<CellRef | null>(null);
  const profile = chosenProfile(data, view.profile);
  const inputs = useMemo(() => data.vendors.map((v) => vendorInput(data, v)), [data]);
  const ranked = useMemo(() => rankVendors(inputs, profile), [inputs, profile]);
  const rankedById = useMemo(() => new Map(ranked.map((r) => [r.id, r])), [ranked]);
  const what = useSensitivity(inputs, profile, sensitivity);
  const visible = useMemo(
    () => data.vendors.map((v) => v.evaluationId).filter((id) => !view.hidden.includes(id)),
    [data, view.hidden],
  );
  const rows = useMemo(() => buildRows(data, view, visible), [data, view, visible]);
  const toggleSection = useCallback(
    (key: string) => {
      update({
        collapsed: view.collapsed.includes(key)
          ? view.collapsed.filter((k) => k !== key)
          : [...view.collapsed, key],
      });
    },
    [update, view.collapsed],
  );
  const shownSections = data.sections.filter(
    (s) => view.sections.length === 0 || view.sections.includes(s.key),
  );
  const chartVendors = ranked.filter((r) => visible.includes(r.id));
  // Colours follow the chosen order of evaluations, so a vendor keeps its colour when re-ranked.
  const colorOrder = data.vendors.map((v) => v.evaluationId);
  const criteria = rows
    .filter((r) => r.kind === "criterion")
    .map((r) => ({ key: r.key, title: r.title, sectionKey: r.kind === "criterion" ? r.sectionKey : "" }));
  return (
    <div ref={root} className="grid gap-6" data-testid="compare-view">
      {view.profile !== DEFAULT_VIEW.profile && view.profile !== profile.id && (
        <Muted role="status">The profile in the address is not available here; showing {profile.name}.</Muted>
      )}
      <CompareToolbar data={data} view={view} update={update} />
      <RankingSummary data={data} ranked={ranked} sensitivity={what} profileName={profile.name} />
      <section aria-labelledby="table-h" className="grid gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <Heading level={2} id="table-h">
            Criteria
          </Heading>
          <Muted as="span">
            {criteria.length} shown · ⚑ reviewers disagree · ↺ carried over · ✓ agreed value
          </Muted>
          <span className="ml-auto">
            <CsvExport
              data={data}
              rows={rows}
              vendors={visible}
              ranked={rankedById}
              profileName={profile.name}
            />
          </span>
        </div>
        <HydrateApart>
          <CompareTable
            data={data}
            rows={rows}
            ranked={rankedById}
            hidden={view.hidden}
            onToggleSection={toggleSection}
            onOpen={setOpen}
          />
        </HydrateApart>
      </section>
      {/* After the table: below the fold, so recharts loads only when they are scrolled near. */}
      <section aria-labelledby="charts-h" className="grid gap-6">
        <h2 id="charts-h" className="sr-only">
          Charts
        </h2>
        <HydrateApart>
          <div className="grid gap-6 lg:grid-cols-2">
            <SectionRadarChart sections={shownSections} vendors={chartVendors} colorOrder={colorOrder} />
            <SectionBarsChart sections={shownSections} vendors={chartVendors} colorOrder={colorOrder} />
          </div>
          <RankingChart vendors={chartVendors} colorOrder={colorOrder} />
        </HydrateApart>
      </section>
      <HydrateApart>
        <LazyHeatmap
          data={data}
          vendors={data.vendors
            .filter((v) => visible.includes(v.evaluationId))
            .map((v) => ({ evaluationId: v.evaluationId, label: vendorLabel(v) }))}
          criteria={criteria}
        />
      </HydrateApart>
      <CellDetail data={data} open={open} reviewsFrom={data.reviewsOnDemand ? reviewsFrom : undefined} />
    </div>
  );
}
