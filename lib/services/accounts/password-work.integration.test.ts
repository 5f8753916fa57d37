import { describe, expect, it, vi } from "vitest";
import { createMember, META } from "../../testing/fixtures";
import { resetPassword } from "./account";

// Counts argon2 work: an anonymous request with a dead link must not cost a password hash.
vi.mock("../../auth/password", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../auth/password")>();
  return { ...original, hashPassword: vi.fn(original.hashPassword) };
});
const hashCalls = async () => vi.mocked((await import("../../auth/password")).hashPassword).mock.calls.length;

describe("password work behind one-time links", () => {
  it("a reset with an unknown token is refused before the password is hashed", async () => {
    await createMember(); // the mock is wired: creating a member hashes its password
    const before = await hashCalls();
    expect(before).toBeGreaterThan(0);
    await expect(
      resetPassword({ token: "Q".repeat(43), password: "fresh-Lantern-orbit-73" }, META),
    ).rejects.toMatchObject({ code: "gone" });
    expect(await hashCalls()).toBe(before);
  });
});
