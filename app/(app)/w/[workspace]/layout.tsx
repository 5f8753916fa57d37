import type { ReactNode } from "react";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { workspaceNav } from "@/lib/services/workspaces/workspaces";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ workspace: string }>;
}) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}`);
  const { current, all } = await or404(workspaceNav(actor, slug), `/w/${slug}`);
  return (
    <div className="grid gap-6">
      <WorkspaceNav current={current} workspaces={all.map((w) => ({ slug: w.slug, name: w.name }))} />
      <div>{children}</div>
    </div>
  );
}
