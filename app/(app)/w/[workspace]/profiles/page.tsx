import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { ProfileForm } from "@/components/profiles/profile-form";
import { Heading } from "@/components/ui/heading";
import { Muted } from "@/components/ui/muted";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/current";
import { or404 } from "@/lib/http/page-data";
import { profilesPage } from "@/lib/services/catalogues/library-pages";
import { createProfileAction, deleteProfileAction } from "./actions";

export const metadata = { title: "Weight profiles" };

export default async function ProfilesPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const actor = await requireActor(`/w/${slug}/profiles`);
  const { profiles, sections, manage } = await or404(profilesPage(actor, slug));
  return (
    <div className="grid gap-6">
      <PageHeader title="Weight profiles">
        How much each section counts, and knock-outs: a criterion whose consensus falls below its threshold
        disqualifies the framework under that profile. Unlisted weights are 1.
      </PageHeader>
      <ul className="grid gap-3">
        {profiles.map((p) => (
          <li key={p.id} className="rounded-lg border border-border bg-surface p-4" data-testid="profile">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{p.name}</span>
              {p.preset && <span className="rounded bg-surface-2 px-1.5 text-xs text-muted">preset</span>}
              {manage && !p.preset && (
                <span className="ml-auto">
                  <ActionForm
                    action={deleteProfileAction.bind(null, slug)}
                    hidden={{ profileId: p.id }}
                    label="Delete"
                    variant="danger"
                    confirm={`Delete the profile “${p.name}”?`}
                  />
                </span>
              )}
            </div>
            <Muted className="mt-1">
              Sections:{" "}
              {Object.entries(p.sectionWeights)
                .map(([k, w]) => `${k} ×${w}`)
                .join(", ") || "all ×1"}
              {Object.keys(p.criterionWeights).length > 0 && (
                <>
                  {" "}
                  · Criteria:{" "}
                  {Object.entries(p.criterionWeights)
                    .map(([k, w]) => `${k} ×${w}`)
                    .join(", ")}
                </>
              )}
              {p.knockouts.length > 0 && (
                <> · Knock-outs: {p.knockouts.map((k) => `${k.criterionKey} ≥ ${k.threshold}`).join(", ")}</>
              )}
            </Muted>
          </li>
        ))}
      </ul>
      {manage && (
        <Card>
          <Heading level={2} className="mb-3">
            New profile
          </Heading>
          <ProfileForm action={createProfileAction.bind(null, slug)} sections={sections} />
        </Card>
      )}
    </div>
  );
}
