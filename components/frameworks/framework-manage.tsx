import type { frameworkArchiveToggle } from "@/lib/services/catalogues/archive-toggles";
import { ActionForm, type FormAction } from "../ui/action-form";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";
import { FrameworkForm, type FrameworkValues } from "./framework-form";

/** What those who may write see under a framework: its edit form, then archive or restore. */
export function FrameworkManage({
  framework: fw,
  archive,
  update,
  setArchived,
}: {
  framework: FrameworkValues & { id: string };
  archive: ReturnType<typeof frameworkArchiveToggle>;
  update: FormAction;
  setArchived: FormAction;
}) {
  return (
    <>
      <Card>
        <Heading level={2} className="mb-3">
          Edit framework
        </Heading>
        <FrameworkForm
          action={update}
          initial={{
            name: fw.name,
            vendor: fw.vendor,
            productVersion: fw.productVersion,
            url: fw.url,
            description: fw.description,
            componentTypes: fw.componentTypes,
          }}
          submitLabel="Save changes"
          pendingText="Saving…"
        />
      </Card>
      <section aria-labelledby="archive-heading" className="grid gap-2">
        <Heading level={2} id="archive-heading">
          {archive.heading}
        </Heading>
        <Muted className="max-w-3xl">{archive.hint}</Muted>
        <ActionForm
          action={setArchived}
          hidden={{ frameworkId: fw.id, archived: String(archive.archived) }}
          label={archive.label}
          pendingText={archive.pendingText}
          variant={archive.variant}
          confirm={archive.confirm}
        />
      </section>
    </>
  );
}
