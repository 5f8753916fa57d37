import Link from "next/link";
import { ActionForm, type FormAction } from "../ui/action-form";
import { Card } from "../ui/card";
import { Heading } from "../ui/heading";
import { Muted } from "../ui/muted";

/**
 * Shown while the workspace is empty: the first steps, and (when given the action) the sample
 * workspace one click away, so a newcomer can look around before entering anything real.
 */
export function GetStartedCard({ slug, loadSample }: { slug: string; loadSample?: FormAction }) {
  return (
    <Card>
      <Heading level={2}>Get started</Heading>
      <Muted className="mt-1">
        Add the{" "}
        <Link className="underline" href={`/w/${slug}/frameworks`}>
          frameworks
        </Link>{" "}
        you are choosing between, then start an{" "}
        <Link className="underline" href={`/w/${slug}/evaluations`}>
          evaluation
        </Link>{" "}
        of each against the{" "}
        <Link className="underline" href="/catalogues">
          criteria catalogue
        </Link>
        : reviewers score blind, then see the spread. Compare them side by side when two or more are scored.
      </Muted>
      {loadSample && (
        <div className="mt-4 grid gap-2 border-t border-border pt-4">
          <Muted>
            Or look around first: the sample is a separate workspace, “Sample: IoT framework shortlist”, with
            20 invented frameworks already scored by three sample reviewers. Nothing in this workspace
            changes.
          </Muted>
          <ActionForm action={loadSample} label="Load sample workspace" pendingText="Loading sample data…" />
        </div>
      )}
    </Card>
  );
}
