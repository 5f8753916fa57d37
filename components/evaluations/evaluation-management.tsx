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
