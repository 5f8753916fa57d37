import Link from "next/link";
import { EvaluationDownloads } from "../export/export-downloads";
import { DownloadPdfButton } from "../report/download-pdf-button";
import { PageHeader } from "../ui/page-header";

/** The overview's title with its catalogue, the status, and the exports under the chosen profile. */
export function EvaluationHeader({
  slug,
  evaluationId,
  catalogue,
  title,
  statusLabel,
  profileId,
}: {
  slug: string;
  evaluationId: string;
  catalogue: { title: string; version: string };
  title: string;
  statusLabel: string;
  profileId: string;
}) {
  return (
    <div>
      <PageHeader
        eyebrow={
          <>
            <Link className="underline" href={`/w/${slug}/evaluations`}>
              Evaluations
            </Link>{" "}
            · {catalogue.title} ({catalogue.version})
          </>
        }
        title={title}
      />
      <p className="mt-1 text-sm" data-testid="evaluation-status">
        Status: <strong>{statusLabel}</strong>
      </p>
      <div className="mt-3">
        <EvaluationDownloads slug={slug} evaluationId={evaluationId} profile={profileId} />
      </div>
      <div className="mt-2">
        <DownloadPdfButton
          href={`/w/${slug}/evaluations/${evaluationId}/report.pdf?profile=${encodeURIComponent(profileId)}`}
        />
      </div>
    </div>
  );
}
