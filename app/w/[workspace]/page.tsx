import Link from "next/link";
import { Card } from "@/components/ui/card";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { getWorkspace } from "@/lib/services/workspaces";

export const metadata = { title: "Workspace" };

export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}`);
  const ws = await or404(getWorkspace(actor, slug));
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">{ws.name}</h1>
      <div className="grid gap-4 sm:grid-cols-3">
        <Card><div className="text-sm text-muted">Members</div><div className="text-2xl font-semibold">{ws.members}</div><Link href={`/w/${ws.slug}/members`} className="text-sm">Manage members</Link></Card>
        <Card><div className="text-sm text-muted">Your role</div><div className="text-2xl font-semibold capitalize">{ws.role}</div></Card>
        <Card><div className="text-sm text-muted">Two-factor authentication</div><div className="text-2xl font-semibold">{ws.requireMfa ? "Required" : "Optional"}</div></Card>
      </div>
      <Card>
        <h2 className="font-semibold">Evaluate frameworks</h2>
        <p className="mt-1 text-sm text-muted">Add the <Link className="underline" href={`/w/${ws.slug}/frameworks`}>frameworks</Link> you are choosing between, then start an <Link className="underline" href={`/w/${ws.slug}/evaluations`}>evaluation</Link> against the <Link className="underline" href="/catalogues">criteria catalogue</Link>: reviewers score blind, then see the spread.</p>
      </Card>
    </div>
  );
}
