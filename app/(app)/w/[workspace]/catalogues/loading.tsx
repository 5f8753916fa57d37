export default function Loading() {
  return (
    <div className="grid gap-3" aria-busy="true">
      <p className="sr-only" role="status">
        Loading catalogues…
      </p>
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="h-10 animate-pulse rounded-md bg-surface-2" />
      ))}
    </div>
  );
}
