/**
 * Expected failures. Each maps to a 4xx status and a message safe to show; anything else is
 * an unexpected error, logged with a request id and shown as a generic 500.
 */
export type ErrorCode =
  | "validation_failed"
  | "not_found"
  | "unauthorized"
  | "forbidden"
  | "conflict"
  | "gone"
  | "rate_limited"
  | "payload_too_large"
  | "unavailable"
  /** A sensitive change needs the password re-entered (lib/services/accounts/step-up.ts). */
  | "step_up_required"
  /** Too big or too complex to process within the worker pool's time or memory limit. */
  | "too_complex"
  /** An Idempotency-Key reused with another request body (lib/http/idempotency.ts). */
  | "idempotency_key_reused"
  /** At capacity — the worker pool, admission (scripts/serve.ts) or the database pool is full: try again shortly (503 with Retry-After; not the database's "unavailable"). */
  | "busy";

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  too_complex: 422,
  idempotency_key_reused: 422,
  rate_limited: 429,
  unavailable: 503,
  busy: 503,
  step_up_required: 403,
};

export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** Extra facts for the caller, e.g. the current score on a 409. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  get status() {
    return STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} not found`);
