import Link from "next/link";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { AUDIT_FILTERS as FILTERS, auditPage } from "@/lib/services/admin/audit-page";
import { TableScroll } from "@/components/ui/table-scroll";
import { Button, buttonVariants } from "@/components/ui/button";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";

export const metadata = { title: "Audit log" };

type SP = Record<string, string | string[] | undefined>;

const json = (v: unknown) => (v === null || v === undefined ? "" : JSON.stringify(v));

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<SP>;
}) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/audit`);
  const { filters, query: qs, result } = await or404(auditPage(actor, slug, await searchParams));
  return (
    <div className="grid gap-4">
      <PageHeader
        title="Audit log"
        actions={
          <a
            href={`/w/${slug}/audit/export?${qs}`}
            className={buttonVariants({ variant: "secondary", size: "sm" })}
            download
          >
            Export JSON lines
          </a>
        }
      />
      <form className="grid gap-2 sm:grid-cols-5 sm:items-end" method="get">
        {FILTERS.map((f) => (
          <label key={f} className="grid gap-1 text-sm">
            <span className="capitalize">{f === "from" || f === "to" ? `${f} (date)` : f}</span>
            <input
              name={f}
              type={f === "from" || f === "to" ? "date" : "text"}
              defaultValue={filters[f] ?? ""}
              placeholder={f === "action" ? "auth." : f === "actor" ? "email" : undefined}
              className="h-9 rounded-md border border-border bg-surface px-2"
            />
          </label>
        ))}
        <Button type="submit">Filter</Button>
      </form>
      {"error" in result ? (
        <p role="alert" className="text-sm text-danger">
          {result.error}
        </p>
      ) : result.events.length === 0 ? (
        <Muted className="rounded-lg border border-dashed border-border p-6 text-center">
          No events match.
        </Muted>
      ) : (
        <TableScroll label="Audit events">
          <table className="w-full text-sm">
            <caption className="sr-only">Audit events, newest first</caption>
            <thead className="bg-surface-2 text-left text-muted">
              <tr>
                {["#", "Time (UTC)", "Actor", "Action", "Target", "IP", "Change"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {result.events.map((e) => (
                <tr key={e.id} className="border-t border-border align-top" data-testid="audit-row">
                  <td className="px-3 py-2 font-mono text-xs text-muted">{e.id}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {e.at.toISOString().slice(0, 19).replace("T", " ")}
                  </td>
                  <td className="px-3 py-2">{e.actorEmail ?? "—"}</td>
                  <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
                  <td className="px-3 py-2 text-xs">
                    {e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}
                  </td>
                  <td className="px-3 py-2 text-xs">{e.ip ?? "—"}</td>
                  <td className="max-w-md px-3 py-2 font-mono text-xs break-all">
                    {e.before ? <div>− {json(e.before)}</div> : null}
                    {e.after ? <div>+ {json(e.after)}</div> : null}
                    {e.redacted ? (
                      <div className="font-sans text-muted">score values withheld (blind rule)</div>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {"events" in result && result.nextBefore && (
        <Link href={`/w/${slug}/audit?${qs}&before=${result.nextBefore}`} className="text-sm">
          Older events →
        </Link>
      )}
    </div>
  );
}
