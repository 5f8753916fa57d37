import { ActionForm, type FormAction } from "../ui/action-form";
import { Muted } from "../ui/muted";

export interface ProfileItem {
  id: string;
  name: string;
  preset: boolean;
  deletable: boolean;
  summary: { sections: string; criteria: string | null; knockouts: string | null };
}

/** The weight profiles, presets first, each with its weights in one line. */
export function ProfileList({ profiles, remove }: { profiles: ProfileItem[]; remove: FormAction }) {
  return (
    <ul className="grid gap-3">
      {profiles.map((p) => (
        <li key={p.id} className="rounded-lg border border-border bg-surface p-4" data-testid="profile">
          <div className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{p.name}</span>
            {p.preset && <span className="rounded bg-surface-2 px-1.5 text-xs text-muted">preset</span>}
            {p.deletable && (
              <span className="ml-auto">
                <ActionForm
                  action={remove}
                  hidden={{ profileId: p.id }}
                  label="Delete"
                  variant="danger"
                  confirm={`Delete the profile “${p.name}”?`}
                />
              </span>
            )}
          </div>
          <Muted className="mt-1">
            Sections: {p.summary.sections}
            {p.summary.criteria && <> · Criteria: {p.summary.criteria}</>}
            {p.summary.knockouts && <> · Knock-outs: {p.summary.knockouts}</>}
          </Muted>
        </li>
      ))}
    </ul>
  );
}
