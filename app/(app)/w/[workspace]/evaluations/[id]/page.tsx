import Link from "next/link";
import { SectionRadar } from "@/components/charts/section-radar";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/form";
import { TableScroll } from "@/components/ui/table-scroll";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { evaluationPage } from "@/lib/services/evaluations/evaluation-page";
import { AssignReviewers } from "@/components/evaluations/assign-reviewers";
import { EvaluationActivity } from "@/components/evaluations/activity";
import { DownloadPdfButton } from "@/components/report/download-pdf-button";
import { EvaluationDownloads } from "@/components/export/export-downloads";
import { GapsAndWeakest } from "@/components/evaluations/gaps-and-weakest";
import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { assignReviewersAction, changeStatusAction } from "../actions";

export const metadata = { title: "Evaluation" };

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v)}`);

export default async function EvaluationPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string; id: string }>;
  searchParams: Promise<{ profile?: string }>;
}) {
  const { workspace: slug, id } = await params;
  const { profile } = await searchParams;
  const actor = await requireActor(`/w/${slug}/evaluations/${id}`);
  const {
    evaluation: ev,
    profiles,
    summary,
    activity,
    reviewers,
    can: may,
    transitions,
    radar: visible,
    gaps,
    weakest,
  } = await or404(evaluationPage(actor, slug, id, profile));
  return (
    <div className="grid gap-6">
      <div>
        <PageHeader
          eyebrow={
            <>
              <Link className="underline" href={`/w/${slug}/evaluations`}>
                Evaluations
              </Link>{" "}
              · {ev.catalogue.title} ({ev.catalogue.version})
            </>
          }
          title={`${ev.framework.vendor} ${ev.framework.name} ${ev.framework.productVersion}`}
        />
        <p className="mt-1 text-sm" data-testid="evaluation-status">
          Status: <strong>{ev.status.replace("_", " ")}</strong>
        </p>
        <div className="mt-3">
          <EvaluationDownloads slug={slug} evaluationId={id} profile={summary.profile.id} />
        </div>
        <div className="mt-2">
          <DownloadPdfButton
            href={`/w/${slug}/evaluations/${id}/report.pdf?profile=${encodeURIComponent(summary.profile.id)}`}
          />
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-4">
        <Card>
          <Muted as="div">Overall ({summary.profile.name})</Muted>
          <div className="text-3xl font-semibold" data-testid="overall">
            {summary.overall === null ? "—" : pct(summary.overall)}
          </div>
        </Card>
        <Card>
          <Muted as="div">Coverage</Muted>
          <div className="text-3xl font-semibold">
            {summary.coverage === null ? "—" : `${Math.round(summary.coverage * 100)} %`}
          </div>
        </Card>
        <Card>
          <Muted as="div">Agreement (α ordinal)</Muted>
          <div className="text-3xl font-semibold">
            {summary.alpha === null ? "—" : summary.alpha.toFixed(2)}
          </div>
          <div className="text-xs text-muted">{summary.alphaLabel}</div>
        </Card>
        <Card>
          <Muted as="div">Knock-outs</Muted>
          <div className="text-3xl font-semibold">
            {summary.disqualified === null ? "—" : summary.disqualified ? "Failed" : "None"}
          </div>
        </Card>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2 text-sm">
        <label className="grid gap-1">
          Weight profile
          <select
            name="profile"
            defaultValue={summary.profile.id}
            className="h-9 rounded-md border border-border bg-surface px-2"
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" variant="secondary">
          Apply
        </Button>
      </form>
      {summary.overall === null && summary.sections.some((s) => s.hidden) && (
        <Muted>Some sections stay blind to you until you submit them, so the overall score is hidden.</Muted>
      )}
      <div className="grid gap-4 lg:grid-cols-[1fr_20rem]">
        <TableScroll label="Sections">
          <table className="w-full text-sm">
            <thead className="bg-surface-2 text-left text-muted">
              <tr>
                {["Section", "Score", "Coverage", "Agreement", "Disagreements", "Submitted", ""].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {ev.sections.map((s) => {
                const row = summary.sections.find((x) => x.key === s.key);
                return (
                  <tr key={s.key} className="border-t border-border" data-testid="section-row">
                    <td className="px-3 py-2 font-medium">
                      {s.title}
                      {!s.inScope && (
                        <div className="text-xs text-muted">Out of scope: {s.outOfScopeReason}</div>
                      )}
                    </td>
                    <td className="px-3 py-2 tabular-nums">
                      {!row ? "—" : row.hidden ? "blind" : pct(row.score)}
                    </td>
                    <td className="px-3 py-2 tabular-nums">
                      {row?.coverage === null || !row ? "—" : `${Math.round(row.coverage * 100)} %`}
                    </td>
                    <td className="px-3 py-2">
                      {row && !row.hidden
                        ? `${row.alpha === null ? "—" : row.alpha.toFixed(2)} · ${row.alphaLabel}`
                        : "—"}
                    </td>
                    <td className="px-3 py-2 tabular-nums">{row?.disagreements ?? "—"}</td>
                    <td className="px-3 py-2 tabular-nums">
                      {s.submittedByIds.length}
                      {s.submittedByIds.includes(actor.userId) ? " (you)" : ""}
                    </td>
                    <td className="px-3 py-2">
                      {s.inScope && (
                        <Link href={`/w/${slug}/evaluations/${id}/score/${encodeURIComponent(s.key)}`}>
                          {may.score ? "Score" : "View"}
                        </Link>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        <SectionRadar
          data={visible.map((s) => ({ section: s.title, score: Math.round(s.score) }))}
          label={`Section scores of ${ev.framework.name}: ${visible.map((s) => `${s.title} ${Math.round(s.score)}`).join(", ")}`}
        />
      </div>
      <EvaluationActivity activity={activity} />
      <GapsAndWeakest
        gaps={gaps}
        weakest={weakest}
        hrefFor={(i) => `/w/${slug}/evaluations/${id}/score/${encodeURIComponent(i.sectionKey)}`}
      />
      {may.assign && (
        <Card>
          <Heading level={2} className="mb-3">
            Reviewers per section
          </Heading>
          <div className="grid gap-4">
            {ev.sections
              .filter((s) => s.inScope)
              .map((s) => (
                <AssignReviewers
                  key={s.key}
                  action={assignReviewersAction.bind(null, slug, id)}
                  sectionKey={s.key}
                  sectionTitle={s.title}
                  members={reviewers.map((m) => ({ id: m.id, label: m.email }))}
                  assigned={s.assigneeIds}
                />
              ))}
          </div>
        </Card>
      )}
      {may.manage && (
        <Card>
          <Heading level={2} className="mb-2">
            Status
          </Heading>
          <div className="flex flex-wrap gap-3">
            {transitions.map(({ status, label }) => (
              <ActionForm
                key={status}
                action={changeStatusAction.bind(null, slug, id)}
                hidden={{ status }}
                label={label}
                variant={status === "final" ? "primary" : "secondary"}
              >
                {ev.status === "final" && <Field label="Reason for reopening" name="reason" required />}
              </ActionForm>
            ))}
          </div>
        </Card>
      )}
    </div>
  );
}
