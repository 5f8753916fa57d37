import type { FormAction } from "../ui/action-form";
import { ActionForm } from "../ui/action-form";
import { Card } from "../ui/card";
import { Field } from "../ui/form";
import { Heading } from "../ui/heading";
import { AssignReviewers } from "./assign-reviewers";

/** The reviewer picker of every in-scope section (managers, until the evaluation is final). */
export function ReviewerAssignment({
  action,
  sections,
  reviewers,
}: {
  action: FormAction;
  sections: Array<{ key: string; title: string; assigneeIds: string[] }>;
  reviewers: Array<{ id: string; email: string }>;
}) {
  return (
    <Card>
      <Heading level={2} className="mb-3">
        Reviewers per section
      </Heading>
      <div className="grid gap-4">
        {sections.map((s) => (
          <AssignReviewers
            key={s.key}
            action={action}
            sectionKey={s.key}
            sectionTitle={s.title}
            members={reviewers.map((m) => ({ id: m.id, label: m.email }))}
            assigned={s.assigneeIds}
          />
        ))}
      </div>
    </Card>
  );
}

/**
 * Each section's scope (managers, until the evaluation is final): out with a reason, or back
 * in. Its scores are kept either way, so bringing a section back restores its figures.
 */
export function ScopeChanges({
  action,
  sections,
}: {
  action: FormAction;
  sections: Array<{ key: string; title: string; inScope: boolean; reason: string | null; last: boolean }>;
}) {
  return (
    <Card>
      <Heading level={2} className="mb-1">
        Scope
      </Heading>
      <p className="mb-3 text-sm text-muted">
        A section out of scope counts nowhere: not in the summary, the comparisons, readiness or exports. Its
        scores are kept and count again when it comes back.
      </p>
      <ul className="grid gap-3">
        {sections.map((s) => (
          <li key={s.key} className="grid gap-1" data-testid={`scope-${s.key}`}>
            <p className="text-sm">
              <span className="font-medium">{s.title}</span>:{" "}
              {s.inScope ? "in scope" : <>out of scope ({s.reason})</>}
            </p>
            {s.inScope && s.last ? (
              <p className="text-sm text-muted">The last section in scope stays.</p>
            ) : (
              <ActionForm
                action={action}
                hidden={{ sectionKey: s.key, inScope: String(!s.inScope) }}
                label={s.inScope ? `Take ${s.title} out of scope` : `Bring ${s.title} into scope`}
                pendingText="Saving…"
              >
                {s.inScope && (
                  <Field
                    id={`scope-reason-${s.key}`}
                    label={`Reason to take ${s.title} out`}
                    name="outOfScopeReason"
                    required
                    minLength={3}
                  />
                )}
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** One button per status change on offer; reopening a final evaluation asks for a reason. */
export function StatusChanges({
  action,
  transitions,
  askReason,
}: {
  action: FormAction;
  transitions: Array<{ status: string; label: string; variant: "primary" | "secondary" }>;
  askReason: boolean;
}) {
  return (
    <Card>
      <Heading level={2} className="mb-2">
        Status
      </Heading>
      <div className="flex flex-wrap gap-3">
        {transitions.map(({ status, label, variant }) => (
          <ActionForm key={status} action={action} hidden={{ status }} label={label} variant={variant}>
            {askReason && <Field label="Reason for reopening" name="reason" required />}
          </ActionForm>
        ))}
      </div>
    </Card>
  );
}
