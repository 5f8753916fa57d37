import { Heading } from "./heading";

/**
 * What a page shows when its rate limit refused the request. Server components cannot set a
 * status, so the page says it plainly instead (route handlers answer 429 with Retry-After).
 */
export function RateLimited({ seconds }: { seconds: number }) {
  return (
    <div className="mx-auto max-w-md py-12 text-center" data-rate-limited>
      <Heading level={1}>Too many requests</Heading>
      <p role="alert" className="mt-2 text-muted">
        Too many requests — try again in {seconds} s.
      </p>
    </div>
  );
}
