import { AppError } from "../errors/app-error";
import { handler } from "./handler";

/**
 * Tasks that misbehave on purpose, for pool.test.ts (bundled like the real worker): a
 * synchronous spin that never yields (only terminating the thread can stop it), a heap hog,
 * and an expected error that must arrive as itself.
 */
export const echo = handler((x: unknown) => x);

export const spin = handler((ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    /* busy: no event loop turn, no abort check */
  }
  return ms;
});

export const hog = handler((mbPerStep: number) => {
  const kept: number[][] = [];
  for (;;) kept.push(new Array(mbPerStep * 131_072).fill(kept.length)); // 8 bytes each: 1 MB per 131,072
});

export const refuse = handler((field: string) => {
  throw new AppError("validation_failed", `${field}: refused`, [{ field, message: "refused" }], { extra: 1 });
});
