"use client";

import { useMemo } from "react";
import { crosswalkLayout, type CrosswalkSnapshot } from "@/lib/compare/crosswalk-view";
import { NotInCatalogue } from "../../regulations/not-in-catalogue";
import { Heading } from "../../ui/heading";
import { Muted } from "../../ui/muted";
import { useViewState } from "../use-view-state";
import { ReadinessHeatmap } from "./readiness-heatmap";
import { ReadinessRanking } from "./readiness-ranking";
import { ReadinessTable } from "./readiness-table";

const toggle = "h-8 px-3 text-sm first:rounded-l-md last:rounded-r-md border border-border";

/**
 * One regulation's readiness across the compared vendors: the ranking, the vendors ×
 * requirements matrix (a heatmap or a plain table, kept in the address as `xwv`), and the
 * requirements the catalogue cannot speak to. Vendors hidden in the view are left out here too.
 * Used by the compare page and, frozen, by a share link's page.
 */
export function CrosswalkPanel({ crosswalk: c }: { crosswalk: CrosswalkSnapshot }) {
  const [view, update] = useViewState();
  const layout = useMemo(() => crosswalkLayout(c, view.hidden), [c, view.hidden]);
  const { target, mappingSet } = c.readiness;
  return (
    <section aria-labelledby="xw-h" className="grid min-w-0 gap-6" data-testid="crosswalk-panel">
      <div className="grid gap-1">
        <Heading level={2} id="xw-h">
          Readiness against {target.title}
        </Heading>
        <Muted role="note">{c.disclaimer}</Muted>
        <Muted className="text-xs">
          Through the mapping set “{mappingSet.title}” ({mappingSet.version}).
          {layout.hiddenCount > 0 && ` ${layout.hiddenCount} hidden vendor(s) left out, as in the scores.`}
        </Muted>
      </div>
      <ReadinessRanking ranked={layout.ranked} labels={c.labels} />
      <section aria-labelledby="xw-matrix-h" className="grid min-w-0 gap-2">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <Heading level={2} id="xw-matrix-h">
            Requirements × vendors
          </Heading>
          <Muted as="span">
            {layout.rows} requirements × {layout.columns.length} vendors
          </Muted>
          <div role="group" aria-label="Show the matrix as" className="ml-auto inline-flex">
            {(["heatmap", "table"] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view.crosswalkView === v}
                onClick={() => update({ crosswalkView: v })}
                className={`${toggle} ${view.crosswalkView === v ? "bg-accent-soft font-medium text-accent" : "bg-surface text-muted hover:bg-surface-2"}`}
              >
                {v === "heatmap" ? "Heatmap" : "Table"}
              </button>
            ))}
          </div>
        </div>
        {!layout.rows || !layout.columns.length ? (
          <Muted>Nothing to show.</Muted>
        ) : view.crosswalkView === "table" ? (
          <ReadinessTable layout={layout} labels={c.labels} title={target.title} />
        ) : (
          <ReadinessHeatmap layout={layout} labels={c.labels} title={target.title} />
        )}
      </section>
      <NotInCatalogue requirements={c.notInCatalogue} headingId="xw-not-covered-h" />
    </section>
  );
}
