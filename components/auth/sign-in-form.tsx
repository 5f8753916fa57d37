"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field } from "../ui/form";
import { useHydrated } from "../ui/use-hydrated";
import { Button } from "../ui/button";
import { Muted } from "../ui/muted";

/** Email + password, then (only if the account has it) the TOTP or recovery code. */
export function SignInForm({ callbackUrl, initialEmail }: { callbackUrl: string; initialEmail?: string }) {
  const router = useRouter();
  const ready = useHydrated();
  const [step, setStep] = useState<"password" | "code">("password");
  const [creds, setCreds] = useState({ email: initialEmail ?? "", password: "" });
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = step === "password" ? String(form.get("email") ?? "") : creds.email;
    const password = step === "password" ? String(form.get("password") ?? "") : creds.password;
    const code = String(form.get("code") ?? "");
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", { redirect: false, email, password, code });
      if (res?.error === "MFA_REQUIRED") {
        setCreds({ email, password });
        setStep("code");
      } else if (res?.error) {
        setError(res.error === "CredentialsSignin" ? "Email or password is incorrect." : res.error);
      } else if (res?.ok) {
        router.replace(callbackUrl);
        router.refresh();
        return;
      } else {
        setError("Sign-in is unavailable right now. Try again shortly.");
      }
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    }
    setPending(false);
  }

  return (
    <form onSubmit={submit} className="grid gap-4" data-ready={ready || undefined} noValidate>
      {step === "password" ? (
        <>
          <Field
            label="Email"
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={creds.email}
            autoFocus={!creds.email}
          />
          <Field
            label="Password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            autoFocus={!!creds.email}
          />
        </>
      ) : (
        <>
          <Muted>
            Enter the 6-digit code from your authenticator app for{" "}
            <strong className="text-fg">{creds.email}</strong>, or one of your recovery codes.
          </Muted>
          <Field
            label="Authentication code"
            name="code"
            inputMode="text"
            autoComplete="one-time-code"
            required
            autoFocus
            maxLength={20}
          />
        </>
      )}
      {error && (
        <p role="alert" className="rounded-md border border-danger px-3 py-2 text-sm text-danger">
          {error}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending || !ready}>
          {pending ? "Signing in…" : step === "code" ? "Verify" : "Sign in"}
        </Button>
        {step === "code" && (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setStep("password");
              setError(null);
            }}
          >
            Back
          </Button>
        )}
      </div>
    </form>
  );
}
