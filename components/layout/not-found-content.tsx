import Link from "next/link";

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="font-mono text-sm text-muted">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This page does not exist</h1>
      <p className="mt-2 text-muted">
        The catalogue, version or criterion in the address was not found. It may have been mistyped.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <Link
          href="/catalogues"
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:no-underline"
        >
          Browse catalogues
        </Link>
        <Link href="/" className="rounded-md border border-border px-4 py-2 text-sm hover:no-underline">
          Home
        </Link>
      </div>
    </div>
  );
}
