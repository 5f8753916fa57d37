"use client";

import { usePathname, useRouter } from "next/navigation";
import { can, type Action } from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/policy";
import { IntentLink } from "../ui/intent-link";

const TABS: Array<{ path: string; label: string; action?: Action }> = [
  { path: "", label: "Overview" },
  { path: "/frameworks", label: "Frameworks" },
  { path: "/evaluations", label: "Evaluations" },
  { path: "/catalogues", label: "Catalogues" },
  { path: "/compare", label: "Compare" },
  { path: "/profiles", label: "Weight profiles" },
  { path: "/members", label: "Members" },
  { path: "/shares", label: "Share links" },
  { path: "/tokens", label: "API tokens" },
  { path: "/security", label: "Security", action: "security.read" },
  { path: "/audit", label: "Audit log", action: "audit.read" },
];

/** Workspace switcher and the workspace's tabs (a tab with an action only for roles the policy allows it). */
export function WorkspaceNav({
  current,
  workspaces,
}: {
  current: { slug: string; name: string; role: Role };
  workspaces: Array<{ slug: string; name: string }>;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const base = `/w/${current.slug}`;
  return (
    <div className="grid gap-3 border-b border-border pb-3">
      <div className="flex flex-wrap items-center gap-3">
        <label className="sr-only" htmlFor="workspace-switcher">
          Workspace
        </label>
        <select
          id="workspace-switcher"
          value={current.slug}
          onChange={(e) => router.push(`/w/${e.target.value}`)}
          className="h-9 max-w-64 rounded-md border border-border bg-surface px-2 text-sm font-semibold"
        >
          {workspaces.map((w) => (
            <option key={w.slug} value={w.slug}>
              {w.name}
            </option>
          ))}
        </select>
        <span className="rounded bg-surface-2 px-2 py-0.5 text-xs text-muted" data-testid="my-role">
          {current.role}
        </span>
        <IntentLink href="/w?list=1" className="ml-auto text-sm">
          All workspaces / new
        </IntentLink>
      </div>
      <nav aria-label="Workspace" className="-mb-3 flex gap-1 overflow-x-auto text-sm">
        {TABS.filter((t) => !t.action || can(current.role, t.action)).map((t) => {
          const href = `${base}${t.path}`;
          const active = t.path ? pathname.startsWith(href) : pathname === base;
          return (
            <IntentLink
              key={t.path}
              href={href}
              aria-current={active ? "page" : undefined}
              className={`border-b-2 px-3 py-2 whitespace-nowrap hover:no-underline ${active ? "border-accent font-medium text-fg" : "border-transparent text-muted hover:text-fg"}`}
            >
              {t.label}
            </IntentLink>
          );
        })}
      </nav>
    </div>
  );
}
