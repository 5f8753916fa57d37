/*
 * Shown at once while a new selection loads (a server render of every score involved): the
 * picker submits through next/form, which navigates in the app and shows this boundary.
 * It sits on this segment only — a root loading boundary would stream a 200 before a 404.
 */
export default function Loading() {
  return (
    <div className="grid gap-4" aria-busy="true">
      <h1 className="text-2xl font-semibold">Compare frameworks</h1>
      <p role="status" className="text-sm text-muted">Loading the comparison…</p>
      <div className="h-10 w-2/3 animate-pulse rounded-md bg-surface-2" />
      <div className="grid gap-2">
        {Array.from({ length: 6 }, (_, i) => <div key={i} className="h-8 animate-pulse rounded-md bg-surface-2" />)}
      </div>
    </div>
  );
}
