/*
 * Guards for values that reach the formulas. An out-of-range score or a negative weight
 * would silently produce scores above 100 or below 0, so they throw instead: callers
 * validate user input with zod first, and a RangeError here means a programming error.
 */

export function assertScaleMax(max: number): void {
  if (!Number.isInteger(max) || max < 1) {
    throw new RangeError(`scale max must be a positive integer, got ${max}`);
  }
}

/** A reviewer's score: an integer on the scale. */
export function assertReviewerScore(value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`score must be an integer 0..${max}, got ${value}`);
  }
}

/** A consensus or agreed value: any number on the scale (medians may end in .5). */
export function assertScaleValue(value: number, max: number, what: string): void {
  if (!Number.isFinite(value) || value < 0 || value > max) {
    throw new RangeError(`${what} must be within 0..${max}, got ${value}`);
  }
}

export function assertWeight(weight: number, what: string): void {
  if (!Number.isFinite(weight) || weight < 0) {
    throw new RangeError(`${what} must be a finite number ≥ 0, got ${weight}`);
  }
}

/** Own-property lookup, so a key like "constructor" never hits Object.prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
