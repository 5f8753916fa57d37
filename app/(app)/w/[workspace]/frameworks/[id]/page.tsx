import Link from "next/link";
import { FrameworkDetails } from "@/components/frameworks/framework-details";
import { FrameworkManage } from "@/components/frameworks/framework-manage";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { frameworkPage } from "@/lib/services/catalogues/library-pages";
import { setFrameworkArchivedAction, updateFrameworkAction } from "../actions";

export const metadata = { title: "Framework" };

export default async function FrameworkPage({
  params,
}: {
  params: Promise<{ workspace: string; id: string }>;
}) {
  const { workspace: slug, id } = await params;
  const actor = await requireActor(`/w/${slug}/frameworks/${id}`);
  const { framework: fw, canWrite, archive } = await or404(frameworkPage(actor, slug, id));
  return (
    <div className="grid gap-6">
      <PageHeader eyebrow={<Link href={`/w/${slug}/frameworks`}>← All frameworks</Link>} title={fw.name}>
        {fw.vendor} · version {fw.productVersion}
      </PageHeader>
      <FrameworkDetails framework={fw} />
      {canWrite && (
        <FrameworkManage
          framework={fw}
          archive={archive}
          update={updateFrameworkAction.bind(null, slug, fw.id)}
          setArchived={setFrameworkArchivedAction.bind(null, slug)}
        />
      )}
    </div>
  );
}
