import { Card } from "../ui/card";
import { ComponentTypeBadges, ExternalLink, StatusText } from "./framework-bits";

const day = (d: Date) => d.toISOString().slice(0, 10);

export interface FrameworkDetail {
  url: string | null;
  description: string;
  componentTypes: string[];
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The framework page's facts: status, component types, URL, description and dates. */
export function FrameworkDetails({ framework: fw }: { framework: FrameworkDetail }) {
  return (
    <Card>
      <h2 className="sr-only">Details</h2>
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-medium">Status</dt>
        <dd data-testid="framework-status">
          <StatusText archivedAt={fw.archivedAt} />
          {fw.archivedAt && <span className="ml-2 text-muted">since {day(fw.archivedAt)}</span>}
        </dd>
        <dt className="font-medium">Component types</dt>
        <dd>
          <ComponentTypeBadges types={fw.componentTypes} />
        </dd>
        <dt className="font-medium">URL</dt>
        <dd>{fw.url ? <ExternalLink href={fw.url} /> : <span className="text-muted">None given</span>}</dd>
        <dt className="font-medium">Description</dt>
        <dd className="break-words whitespace-pre-wrap">
          {fw.description || <span className="text-muted">None given</span>}
        </dd>
        <dt className="font-medium">Added</dt>
        <dd>
          {day(fw.createdAt)} (last changed {day(fw.updatedAt)})
        </dd>
      </dl>
    </Card>
  );
}
