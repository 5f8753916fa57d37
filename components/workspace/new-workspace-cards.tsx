import { ActionForm, type FormAction } from "../ui/action-form";
import { Card } from "../ui/card";
import { Field } from "../ui/form";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

/** Two ways to a new workspace: an empty one by name, or the labelled sample. */
export function NewWorkspaceCards({ create, loadSample }: { create: FormAction; loadSample: FormAction }) {
  return (
    <>
      <Card className="mt-6">
        <Heading level={2} className="mb-3">
          New workspace
        </Heading>
        <ActionForm action={create} label="Create workspace" variant="primary">
          <div className="min-w-64 flex-1">
            <Field label="Name" name="name" required maxLength={120} />
          </div>
        </ActionForm>
      </Card>
      <Card className="mt-6">
        <Heading level={2}>Explore with sample data</Heading>
        <Muted className="mt-1">
          Creates a separate workspace, clearly named “Sample: IoT framework shortlist”, with 20 invented
          frameworks scored by three sample reviewers against the OWASP catalogue, and a saved comparison.
          Nothing in your other workspaces changes.
        </Muted>
        <div className="mt-3">
          <ActionForm action={loadSample} label="Load sample workspace" pendingText="Loading sample data…" />
        </div>
      </Card>
    </>
  );
}
