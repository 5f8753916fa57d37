import { ActionForm, type FormAction } from "../ui/action-form";
import { Field } from "../ui/form";

/** The new password for a one-time reset link; the hint states the service's rules. */
export function ResetPasswordForm({ action }: { action: FormAction }) {
  return (
    <ActionForm action={action} label="Set password" variant="primary" className="grid">
      <div className="basis-full">
        <Field
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint="At least 12 characters; common or breached passwords are refused."
        />
      </div>
    </ActionForm>
  );
}
