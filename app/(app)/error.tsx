"use client";

import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";

/** Unexpected errors: a calm message and a retry, never a stack trace (the digest links to the log). */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <Heading level={1}>Something went wrong</Heading>
      <p className="mt-2 text-muted">
        The page could not be loaded. If the database is restarting, trying again in a moment usually works.
      </p>
      {error.digest && <p className="mt-2 font-mono text-xs text-muted">Reference: {error.digest}</p>}
      <Button type="button" onClick={reset} className="mt-6">
        Try again
      </Button>
    </div>
  );
}
