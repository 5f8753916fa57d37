"use client";

import dynamic from "next/dynamic";
import { useState, type ComponentProps } from "react";
import type { ConsensusHeatmap as Heatmap } from "./heatmap";
import { NearViewport } from "./near-viewport";

// Its code too comes when it is scrolled near (NearViewport), not with the page.
const ConsensusHeatmap = dynamic(() => import("./heatmap").then((m) => m.ConsensusHeatmap), { ssr: false });

/** Up to this many criteria the heatmap is open from the start (the OWASP catalogue has 58). */
const OPEN_UP_TO = 150;

/**
 * The heatmap repeats the table's numbers as colour. For a large catalogue (1,000 criteria ×
 * 10 vendors is 10,000 cells) it starts folded and is only built when opened, so the page
 * does not render, send and lay out a second full table nobody asked for.
 */
export function LazyHeatmap(props: ComponentProps<typeof Heatmap>) {
  const [open, setOpen] = useState(props.criteria.length <= OPEN_UP_TO);
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="grid gap-2"
      data-testid="heatmap"
    >
      <summary className="cursor-pointer text-sm font-medium">
        Consensus heatmap{" "}
        <span className="font-normal text-muted">
          ({props.criteria.length} criteria × {props.vendors.length} vendors)
        </span>
      </summary>
      {/* Built when scrolled near: below the fold, it would only lengthen the page's hydration. */}
      {open && (
        <div className="mt-2">
          {/* A viewport ahead (its code is fetched first). The space it holds is at least its final
              height (the scroll region, at most 70vh, plus title and legend: 7.5rem on a desktop, more where the legend wraps), and stays held while
              its code loads, so nothing below moves when it appears. */}
          <NearViewport
            margin="100% 0px"
            holdReserve
            reserve={{
              minHeight: `calc(min(70vh, ${(props.criteria.length + 8) * 19 + 130}px) + max(8rem, 11rem - 10vw))`,
            }}
          >
            <ConsensusHeatmap {...props} />
          </NearViewport>
        </div>
      )}
    </details>
  );
}
