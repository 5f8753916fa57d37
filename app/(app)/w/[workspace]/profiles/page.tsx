import { ProfileForm } from "@/components/profiles/profile-form";
import { ProfileList } from "@/components/profiles/profile-list";
import { Card } from "@/components/ui/card";
import { Heading } from "@/components/ui/heading";
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
      <ProfileList profiles={profiles} remove={deleteProfileAction.bind(null, slug)} />
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
