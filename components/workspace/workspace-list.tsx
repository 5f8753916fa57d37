import Link from "next/link";
import { Muted } from "../ui/muted";

/** The workspaces the user belongs to, with their role in each; or how to get into one. */
export function WorkspaceList({
  workspaces,
}: {
  workspaces: Array<{ slug: string; name: string; role: string }>;
}) {
  if (workspaces.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted">
        You are not a member of any workspace yet. Ask an admin for an invitation link, or create one below.
      </p>
    );
  return (
    <ul className="grid gap-2">
      {workspaces.map((w) => (
        <li key={w.slug}>
          <Link
            className="block rounded-lg border border-border bg-surface p-4 hover:border-accent hover:no-underline"
            href={`/w/${w.slug}`}
          >
            <span className="font-medium text-fg">{w.name}</span> <Muted as="span">· {w.role}</Muted>
          </Link>
        </li>
      ))}
    </ul>
  );
}
