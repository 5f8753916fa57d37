import { redirect } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { listMyWorkspaces } from "@/lib/services/workspaces";

export const metadata = { title: "Workspaces" };

export default async function WorkspacesPage() {
  const actor = await requireActor("/w");
  const workspaces = await listMyWorkspaces(actor);
  if (workspaces.length === 1) redirect(`/w/${workspaces[0].slug}`);
  return (
    <>
      <PageHeader title="Your workspaces" />
      {workspaces.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-8 text-center text-muted">You are not a member of any workspace. Ask an admin for an invitation link.</p>
      ) : (
        <ul className="grid gap-2">
          {workspaces.map((w) => (
            <li key={w.slug}><a className="block rounded-lg border border-border bg-surface p-4 hover:border-accent" href={`/w/${w.slug}`}>{w.name} <span className="text-sm text-muted">· {w.role}</span></a></li>
          ))}
        </ul>
      )}
    </>
  );
}
