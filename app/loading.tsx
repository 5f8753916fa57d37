export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse">
      <span className="sr-only">Loading…</span>
      <div className="mb-3 h-8 w-2/3 rounded bg-surface-2" />
      <div className="mb-8 h-4 w-1/2 rounded bg-surface-2" />
      <div className="grid gap-3">
        {[0, 1, 2, 3].map((i) => <div key={i} className="h-16 rounded-lg bg-surface-2" />)}
      </div>
    </div>
  );
}
