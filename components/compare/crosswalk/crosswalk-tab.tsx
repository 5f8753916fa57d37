"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import type { CrosswalkTab as Tab } from "@/lib/compare/crosswalk-view";
import { cn } from "../../ui/cn";
import { Muted } from "../../ui/muted";
import { useViewHref } from "../compare-tabs";

// Rendered on the server as usual; its code (heatmap, ranking, table) is a chunk of its own,
// fetched only when the Regulations tab shows a regulation, not with every compare page.
const CrosswalkPanel = dynamic(() => import("./crosswalk-panel").then((m) => m.CrosswalkPanel));

const chip = "inline-flex h-8 items-center rounded-full border px-3 text-sm hover:no-underline";

/**
 * The compare page's Regulations tab: the regulations its catalogue is mapped to (links: each
 * choice is an address, computed on the server), then the chosen one's readiness, or why
 * there is none to show.
 */
export function CrosswalkTab({ tab, slug }: { tab: Tab; slug: string }) {
  const href = useViewHref();
  const chosen = tab.state === "shown" ? tab.chosen : null;
  return (
    <div className="grid min-w-0 gap-4" data-testid="crosswalk">
      {tab.targets.length > 0 && (
        <nav aria-label="Regulation">
          <ul className="flex flex-wrap gap-2">
            {tab.targets.map((t) => (
              <li key={t.slug}>
                <Link
                  href={href({ crosswalk: t.slug })}
                  scroll={false}
                  title={t.title}
                  aria-current={t.slug === chosen ? "page" : undefined}
                  className={cn(
                    chip,
                    t.slug === chosen
                      ? "border-accent bg-accent-soft font-medium text-accent"
                      : "border-border bg-surface text-muted hover:bg-surface-2 hover:text-fg",
                  )}
                >
                  {t.short}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {tab.state === "shown" ? (
        <CrosswalkPanel crosswalk={tab.crosswalk} workspace={slug} />
      ) : (
        <Muted role={tab.state === "unknown" ? "alert" : "status"} data-testid="crosswalk-message">
          {tab.message}
        </Muted>
      )}
    </div>
  );
}
