import Link from "next/link";
import { AuditEvents } from "@/components/audit/audit-events";
import { AuditFilters } from "@/components/audit/audit-filters";
import { buttonVariants } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { auditPage } from "@/lib/services/admin/audit-page";

export const metadata = { title: "Audit log" };

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AuditPage({ params, searchParams }: Props) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/audit`);
  const { fields, query, error, rows, older } = await or404(auditPage(actor, slug, await searchParams));
  return (
    <div className="grid gap-4">
      <PageHeader
        title="Audit log"
        actions={
          <a
            href={`/w/${slug}/audit/export?${query}`}
            className={buttonVariants({ variant: "secondary", size: "sm" })}
            download
          >
            Export JSON lines
          </a>
        }
      />
      <AuditFilters fields={fields} />
      <AuditEvents error={error} rows={rows} />
      {older && (
        <Link href={`/w/${slug}/audit?${older}`} className="text-sm">
          Older events →
        </Link>
      )}
    </div>
  );
}
