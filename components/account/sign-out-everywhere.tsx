"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import type { ActionState } from "@/lib/http/action";
import { Button } from "../ui/button";

export function SignOutEverywhere({ action }: { action: () => Promise<ActionState> }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid gap-2">
      <div>
        <Button
          variant="danger"
          type="button"
          disabled={pending}
          onClick={async () => {
            if (!window.confirm("Sign out of every browser and device, this one included?")) return;
            setPending(true);
            const r = await action().catch(() => ({
              ok: false,
              message: "The server could not be reached.",
            }));
            if (!r.ok) {
              setPending(false);
              setError(r.message ?? "Failed.");
              return;
            }
            await signOut({ callbackUrl: "/sign-in" });
          }}
        >
          {pending ? "Signing out…" : "Sign out everywhere"}
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
