"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import type { ActionState } from "@/lib/http/action";
import { Field, FormMessage, SubmitButton } from "../ui/form";
import { Button } from "../ui/button";
import { StepUpField } from "./step-up-field";

type Material = { qrDataUrl: string; manualKey: string; uri: string };
type Action<T = unknown> = (prev: ActionState<T> | null, form: FormData) => Promise<ActionState<T>>;

/**
 * Password first (step-up), then the QR code and manual key, then a code to confirm; the
 * recovery codes are shown once. If the step-up went stale before the code was entered, the
 * confirm form asks for the password again.
 */
export function MfaEnrolment({ start, confirm }: { start: Action<Material>; confirm: Action }) {
  const router = useRouter();
  const [started, startAction] = useActionState(start, null);
  const [state, confirmAction] = useActionState(confirm, null);
  const material = started?.ok ? (started.data ?? null) : null;
  const codes = state?.ok ? (state.data as { recoveryCodes: string[] }).recoveryCodes : null;

  if (codes) {
    return (
      <div className="grid gap-3">
        <FormMessage state={state} />
        <p className="text-sm">
          Save these recovery codes somewhere safe. Each works once if you lose your device; they are not
          shown again.
        </p>
        <ul
          className="grid grid-cols-2 gap-1 rounded-md border border-border bg-surface-2 p-3 font-mono text-sm sm:grid-cols-5"
          data-testid="recovery-codes"
        >
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <div>
          <Button type="button" onClick={() => router.refresh()}>
            I have saved them
          </Button>
        </div>
      </div>
    );
  }
  if (!material) {
    return (
      <form action={startAction} className="grid max-w-md gap-3">
        <StepUpField error={started?.fieldErrors?.password} />
        {!started?.fieldErrors?.password && <FormMessage state={started} />}
        <div>
          <SubmitButton pendingText="Preparing…">Set up two-factor authentication</SubmitButton>
        </div>
      </form>
    );
  }
  return (
    <form action={confirmAction} className="grid gap-3">
      <p className="text-sm">
        Scan the code with an authenticator app (or type the key), then enter the 6-digit code it shows.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
        <img
          src={material.qrDataUrl}
          alt="QR code for your authenticator app"
          width={180}
          height={180}
          className="rounded bg-white p-1"
        />
        <div className="grid gap-1 text-sm">
          <span className="text-muted">Manual key</span>
          <code className="rounded bg-surface-2 px-2 py-1 font-mono break-all" data-testid="mfa-manual-key">
            {material.manualKey}
          </code>
        </div>
      </div>
      <div className="max-w-xs">
        <Field
          label="Code from the app"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          error={state?.fieldErrors?.code}
        />
      </div>
      {state?.code === "step_up_required" && (
        <div className="max-w-xs">
          <StepUpField error={state.fieldErrors?.password} />
        </div>
      )}
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingText="Checking…">Turn on</SubmitButton>
      </div>
    </form>
  );
}
