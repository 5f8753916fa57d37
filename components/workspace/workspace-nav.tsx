"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";

const TABS = [
  { path: "", label: "Overview", admin: false },
  { path: "/frameworks", label: "Frameworks", admin: false },
  { path: "/evaluations", label: "Evaluations", admin: false },
  { path: "/catalogues", label: "Catalogues", admin: false },
  { path: "/compare", label: "Compare", admin: false },
  { path: "/profiles", label: "Weight profiles", admin: false },
  { path: "/members", label: "Members", admin: false },
  { path: "/shares", label: "Share links", admin: false },
  { path: "/tokens", label: "API tokens", admin: false },
  { path: "/security", label: "Security", admin: true },
  { path: "/audit", label: "Audit log", admin: true },
];

/** Workspace switcher and the workspace's tabs (admin tabs only for owners and admins). */
export function WorkspaceNav({
  current,
  workspaces,
}: {
  current: { slug: string; name: string; role: string };
  workspaces: Array<{ slug: string; name: string }>;
}) {
  const pathname = usePathname();
  const router = useRouter();
  const base = `/w/${current.slug}`;
  const isAdmin = current.role === "owner" || current.role === "admin";
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
        <Link href="/w?list=1" className="ml-auto text-sm">
          All workspaces / new
        </Link>
      </div>
      <nav aria-label="Workspace" className="-mb-3 flex gap-1 overflow-x-auto text-sm">
        {TABS.filter((t) => !t.admin || isAdmin).map((t) => {
          const href = `${base}${t.path}`;
          const active = t.path ? pathname.startsWith(href) : pathname === base;
          return (
            <Link
              key={t.path}
              href={href}
              aria-current={active ? "page" : undefined}
              className={`border-b-2 px-3 py-2 whitespace-nowrap hover:no-underline ${active ? "border-accent font-medium text-fg" : "border-transparent text-muted hover:text-fg"}`}
            >
              {t.label}
            </Link>
          );
        })}
      </nav>
    </div>
  );
}
